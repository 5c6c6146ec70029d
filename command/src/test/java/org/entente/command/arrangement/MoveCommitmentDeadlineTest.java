package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.MoveCommitmentDeadline;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.entente.command.arrangement.Given.CERT_EXCHANGE;
import static org.entente.command.arrangement.Given.MILITARY_VIEWS;
import static org.entente.command.arrangement.Given.MILITARY_VIEWS_TEXT;
import static org.entente.command.arrangement.Given.TODAY;
import static org.entente.command.arrangement.Given.TOMORROW;
import static org.entente.command.arrangement.Given.US_RUSSIA;
import static org.entente.command.arrangement.Given.US_RUSSIA_CONCLUDED;
import static org.entente.command.arrangement.Given.YEAR_END_2011;
import static org.entente.command.arrangement.Given.militaryViewsAdded;
import static org.entente.command.arrangement.Given.militaryViewsFulfilled;
import static org.entente.command.arrangement.Given.militaryViewsWithdrawn;
import static org.entente.command.arrangement.Given.usRussiaRecorded;
import static org.entente.command.arrangement.Given.usRussiaTerminated;
import static org.entente.command.arrangement.RuleViolationMatcher.violating;

class MoveCommitmentDeadlineTest {

    private static final LocalDate MID_2012 = LocalDate.of(2012, 6, 30);
    private static final LocalDate YEAR_END_2012 = LocalDate.of(2012, 12, 31);
    private static final LocalDate MOVED_ON = LocalDate.of(2011, 12, 28);
    private static final String REASON = "Translation of the papers took longer than planned";

    private final AggregateTestFixture<Arrangement> fixture = Given.fixture();

    private static MoveCommitmentDeadline move(String commitmentId, LocalDate dueBy) {
        return new MoveCommitmentDeadline(US_RUSSIA, commitmentId, dueBy, REASON, MOVED_ON);
    }

    @Test
    void a_deadline_is_moved_and_the_previous_one_is_kept() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(move(MILITARY_VIEWS, MID_2012))
                .expectEvents(new CommitmentDeadlineMoved(US_RUSSIA, MILITARY_VIEWS, YEAR_END_2011, MID_2012, REASON, MOVED_ON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_second_move_replaces_the_deadline_set_by_the_first() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(),
                        new CommitmentDeadlineMoved(US_RUSSIA, MILITARY_VIEWS, YEAR_END_2011, MID_2012, REASON, MOVED_ON))
                .when(move(MILITARY_VIEWS, YEAR_END_2012))
                .expectEvents(new CommitmentDeadlineMoved(US_RUSSIA, MILITARY_VIEWS, MID_2012, YEAR_END_2012, REASON, MOVED_ON))
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_commitment_without_a_deadline_gets_one() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(null))
                .when(move(MILITARY_VIEWS, YEAR_END_2011))
                .expectEvents(new CommitmentDeadlineMoved(US_RUSSIA, MILITARY_VIEWS, null, YEAR_END_2011, REASON, MOVED_ON));
    }

    @Test
    void the_deadline_of_a_commitment_in_progress_may_be_moved() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(),
                        new CommitmentProgressRecorded(US_RUSSIA, MILITARY_VIEWS, "Drafts shared", LocalDate.of(2011, 9, 1)))
                .when(move(MILITARY_VIEWS, MID_2012))
                .expectEvents(new CommitmentDeadlineMoved(US_RUSSIA, MILITARY_VIEWS, YEAR_END_2011, MID_2012, REASON, MOVED_ON));
    }

    @Test
    void moving_a_deadline_to_the_date_it_already_has_is_rejected() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(move(MILITARY_VIEWS, YEAR_END_2011))
                .expectException(violating(Rule.DEADLINE_UNCHANGED, "dueBy"))
                .expectNoEvents();
    }

    @Test
    void moving_the_deadline_of_an_unknown_commitment_is_rejected() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(move(CERT_EXCHANGE, MID_2012))
                .expectException(violating(Rule.UNKNOWN_COMMITMENT))
                .expectNoEvents();
    }

    @Test
    void the_deadline_of_a_fulfilled_commitment_cannot_be_moved() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), militaryViewsFulfilled())
                .when(move(MILITARY_VIEWS, MID_2012))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void the_deadline_of_a_withdrawn_commitment_cannot_be_moved() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), militaryViewsWithdrawn())
                .when(move(MILITARY_VIEWS, MID_2012))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void deadlines_of_a_terminated_arrangement_cannot_be_moved() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usRussiaTerminated())
                .when(move(MILITARY_VIEWS, MID_2012))
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED))
                .expectNoEvents();
    }

    @Test
    void a_deadline_cannot_be_moved_before_the_arrangement_was_concluded() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(move(MILITARY_VIEWS, US_RUSSIA_CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "dueBy"))
                .expectNoEvents();
    }

    @Test
    void a_move_without_an_effective_date_takes_effect_today() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(new MoveCommitmentDeadline(US_RUSSIA, MILITARY_VIEWS, MID_2012, REASON, null))
                .expectEvents(new CommitmentDeadlineMoved(US_RUSSIA, MILITARY_VIEWS, YEAR_END_2011, MID_2012, REASON, TODAY));
    }

    @Test
    void a_move_cannot_take_effect_after_today() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(new MoveCommitmentDeadline(US_RUSSIA, MILITARY_VIEWS, MID_2012, REASON, TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_move_cannot_take_effect_before_the_arrangement_was_concluded() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded())
                .when(new MoveCommitmentDeadline(US_RUSSIA, MILITARY_VIEWS, MID_2012, REASON, US_RUSSIA_CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_move_cannot_take_effect_before_the_previous_move() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(),
                        new CommitmentDeadlineMoved(US_RUSSIA, MILITARY_VIEWS, YEAR_END_2011, MID_2012, REASON, MOVED_ON))
                .when(new MoveCommitmentDeadline(US_RUSSIA, MILITARY_VIEWS, YEAR_END_2012, REASON, MOVED_ON.minusDays(1)))
                .expectException(violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"))
                .expectNoEvents();
    }

    @Test
    void a_move_cannot_take_effect_before_the_commitment_was_agreed() {
        LocalDate agreedOn = LocalDate.of(2012, 2, 1);
        fixture.given(usRussiaRecorded(), new CommitmentAdded(US_RUSSIA, MILITARY_VIEWS, MILITARY_VIEWS_TEXT,
                        CommitmentCategory.DOCTRINE_EXCHANGE, List.of("USA", "RUS"), YEAR_END_2011, agreedOn))
                .when(new MoveCommitmentDeadline(US_RUSSIA, MILITARY_VIEWS, MID_2012, REASON, agreedOn.minusDays(1)))
                .expectException(violating(Rule.EFFECTIVE_DATE_OUT_OF_ORDER, "effectiveOn"))
                .expectNoEvents();
    }
}
