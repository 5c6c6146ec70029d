package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ChangeArrangementStatus;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.FulfilCommitment;
import org.entente.api.commitment.RecordCommitmentProgress;
import org.entente.api.fixtures.CommitmentTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.entente.api.fixtures.Registry.TODAY;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;
import static org.entente.command.shared.RuleViolationMatcher.violating;

/** A state acts only on arrangements it is party to, and reports only on commitments it owes. */
class OnlyPartiesActTest {

    /** Owed by the United States alone. */
    private static final CommitmentTerms US_BRIEFING = new CommitmentTerms("us-briefing",
            "Brief the other side on the national cyber strategy", CommitmentCategory.OTHER, List.of("USA"),
            UsRussia2011.YEAR_END);

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static Map<String, Object> actingFor(String party) {
        return Map.of(Acting.PARTY, party);
    }

    @Test
    void a_party_records_an_arrangement_it_is_party_to() {
        fixture.givenNoPriorActivity()
                .when(UsRussia2011.record(), actingFor("RUS"))
                .expectEvents(UsRussia2011.recorded());
    }

    @Test
    void a_state_cannot_record_an_arrangement_between_other_states() {
        fixture.givenNoPriorActivity()
                .when(UsRussia2011.record(), actingFor("FRA"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }

    @Test
    void a_state_that_is_not_a_party_cannot_change_the_arrangement() {
        fixture.given(UsRussia2011.recorded())
                .when(new ChangeArrangementStatus(ID, ArrangementStatus.SUSPENDED, TODAY, "Talks stalled"), actingFor("FRA"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }

    @Test
    void a_party_changes_the_arrangement() {
        fixture.given(UsRussia2011.recorded())
                .when(new ChangeArrangementStatus(ID, ArrangementStatus.SUSPENDED, TODAY, "Talks stalled"), actingFor("USA"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L);
    }

    @Test
    void the_party_that_owes_a_commitment_reports_its_progress_and_fulfilment() {
        fixture.given(UsRussia2011.recorded(), US_BRIEFING.addedTo(ID))
                .when(new RecordCommitmentProgress(ID, US_BRIEFING.id(), "Draft shared", TODAY), actingFor("USA"))
                .expectEvents(new CommitmentProgressRecorded(ID, US_BRIEFING.id(), "Draft shared", TODAY));
        fixture.given(UsRussia2011.recorded(), US_BRIEFING.addedTo(ID))
                .when(new FulfilCommitment(ID, US_BRIEFING.id(), TODAY, "Briefing held"), actingFor("USA"))
                .expectEvents(new CommitmentFulfilled(ID, US_BRIEFING.id(), TODAY, "Briefing held"));
    }

    @Test
    void another_party_cannot_report_progress_on_or_fulfil_a_commitment_it_does_not_owe() {
        fixture.given(UsRussia2011.recorded(), US_BRIEFING.addedTo(ID))
                .when(new RecordCommitmentProgress(ID, US_BRIEFING.id(), "Draft shared", TODAY), actingFor("RUS"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
        fixture.given(UsRussia2011.recorded(), US_BRIEFING.addedTo(ID))
                .when(new FulfilCommitment(ID, US_BRIEFING.id(), TODAY, "Briefing held"), actingFor("RUS"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }

    @Test
    void either_obligor_of_a_joint_commitment_fulfils_it() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID))
                .when(new FulfilCommitment(ID, MILITARY_VIEWS.id(), TODAY, "Papers exchanged"), actingFor("RUS"))
                .expectEvents(new CommitmentFulfilled(ID, MILITARY_VIEWS.id(), TODAY, "Papers exchanged"));
    }
}
