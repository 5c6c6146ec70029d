package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.RecordCommitmentProgress;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Expected;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER_HANDED_OVER;
import static org.entente.command.shared.RuleViolationMatcher.violating;

/** A command naming the version its sender last read is decided only while the arrangement is still at that version. */
class ExpectedVersionTest {

    private static final String NOTE = "Drafts shared";

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static RecordCommitmentProgress progress() {
        return new RecordCommitmentProgress(ID, MILITARY_VIEWS.id(), NOTE, US_PAPER_HANDED_OVER);
    }

    @Test
    void a_command_expecting_the_current_version_is_decided() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(progress(), Map.of(Expected.VERSION, "2"))
                .expectEvents(new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), NOTE, US_PAPER_HANDED_OVER))
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_command_expecting_an_older_version_is_refused_naming_the_current_one() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(progress(), Map.of(Expected.VERSION, "1"))
                .expectException(violating(Rule.VERSION_MISMATCH))
                .expectExceptionMessage("The arrangement is at version 2, not 1; read it again before changing it")
                .expectNoEvents();
    }

    @Test
    void a_command_expecting_one_of_several_versions_is_decided_when_one_is_current() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(progress(), Map.of(Expected.VERSION, "1, 2"))
                .expectEvents(new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), NOTE, US_PAPER_HANDED_OVER));
    }

    @Test
    void a_command_expecting_any_version_is_decided_on_an_existing_arrangement() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(progress(), Map.of(Expected.VERSION, Expected.ANY))
                .expectEvents(new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), NOTE, US_PAPER_HANDED_OVER));
    }

    @Test
    void a_recording_expecting_an_existing_arrangement_is_refused_when_there_is_none() {
        fixture.givenNoPriorActivity()
                .when(UsRussia2011.record(), Map.of(Expected.VERSION, Expected.ANY))
                .expectException(violating(Rule.VERSION_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void a_retry_expecting_an_older_version_is_refused_too() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), NOTE, US_PAPER_HANDED_OVER))
                .when(progress(), Map.of(Expected.VERSION, "2"))
                .expectException(violating(Rule.VERSION_MISMATCH))
                .expectNoEvents();
    }
}
