package org.entente.command.paper;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.paper.SubmitDoctrinePaper;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Rule;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.arrangement.ArrangementFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.entente.api.fixtures.Registry.TODAY;
import static org.entente.api.fixtures.Registry.TOMORROW;
import static org.entente.api.fixtures.UsRussia2011.CONCLUDED;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER_HANDED_OVER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER_REVISED_SHA256;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER_SHA256;
import static org.entente.api.fixtures.UsRussia2011.submitUsPaper;
import static org.entente.api.fixtures.UsRussia2011.usPaperSubmitted;
import static org.entente.command.shared.RuleViolationMatcher.violating;

class DoctrinePaperSubmissionTest {

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    /** The United States' paper as the fixture submits it, with what a test changes. */
    private static SubmitDoctrinePaper submitUsPaperAs(String fromParty, List<String> to, String sha256, LocalDate submittedOn) {
        SubmitDoctrinePaper paper = submitUsPaper();
        return new SubmitDoctrinePaper(ID, paper.paperId(), fromParty, to, paper.title(), paper.subject(), paper.language(),
                paper.marking(), paper.version(), sha256, paper.contentId(), paper.contentLength(), submittedOn);
    }

    private static SubmitDoctrinePaper submitUsPaperTo(List<String> to) {
        return submitUsPaperAs("USA", to, US_PAPER_SHA256, US_PAPER_HANDED_OVER);
    }

    private static SubmitDoctrinePaper submitUsPaperWithDigest(String sha256) {
        return submitUsPaperAs("USA", null, sha256, US_PAPER_HANDED_OVER);
    }

    private static SubmitDoctrinePaper submitUsPaperOn(LocalDate submittedOn) {
        return submitUsPaperAs("USA", null, US_PAPER_SHA256, submittedOn);
    }

    private static DoctrinePaperSubmitted usPaperSubmittedOn(LocalDate submittedOn) {
        DoctrinePaperSubmitted paper = usPaperSubmitted();
        return new DoctrinePaperSubmitted(ID, paper.paperId(), paper.fromParty(), paper.addressees(), paper.title(), paper.subject(),
                paper.language(), paper.marking(), paper.version(), paper.sha256(), paper.contentId(), paper.contentLength(),
                submittedOn);
    }

    @Test
    void a_paper_without_addressees_goes_to_every_other_party() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaper())
                .expectEvents(usPaperSubmitted())
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_paper_without_a_date_is_submitted_today_in_the_registry_clock() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperOn(null))
                .expectEvents(usPaperSubmittedOn(TODAY));
    }

    @Test
    void a_paper_goes_to_the_addressees_named() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperTo(List.of("RUS")))
                .expectEvents(usPaperSubmitted())
                .expectResultMessagePayload(2L);
    }

    @Test
    void the_other_party_submits_its_views_in_its_own_language() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(UsRussia2011.submitRusPaper())
                .expectEvents(UsRussia2011.rusPaperSubmitted())
                .expectResultMessagePayload(3L);
    }

    @Test
    void an_upper_case_digest_is_recorded_in_lower_case() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperWithDigest(US_PAPER_SHA256.toUpperCase(Locale.ROOT)))
                .expectEvents(usPaperSubmitted());
    }

    @Test
    void an_identical_submission_retried_answers_the_current_version_without_new_events() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(submitUsPaper())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_retry_without_a_date_is_recognised_as_the_same_submission() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(submitUsPaperOn(null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void retrying_a_submission_after_termination_still_answers_without_new_events() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), UsRussia2011.terminated())
                .when(submitUsPaper())
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_different_paper_under_the_same_paper_id_is_rejected() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(submitUsPaperWithDigest(US_PAPER_REVISED_SHA256))
                .expectException(violating(Rule.PAPER_ALREADY_SUBMITTED, "id"))
                .expectNoEvents();
    }

    @Test
    void a_state_outside_the_arrangement_cannot_submit_a_paper() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperAs("FRA", null, US_PAPER_SHA256, US_PAPER_HANDED_OVER))
                .expectException(violating(Rule.PAPER_FROM_NON_PARTY, "fromParty"))
                .expectNoEvents();
    }

    @Test
    void a_paper_without_a_sender_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperAs(null, null, US_PAPER_SHA256, US_PAPER_HANDED_OVER))
                .expectException(violating(Rule.PAPER_FROM_NON_PARTY, "fromParty"))
                .expectNoEvents();
    }

    @Test
    void a_party_cannot_address_a_paper_to_itself() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperTo(List.of("USA")))
                .expectException(violating(Rule.PAPER_ADDRESSEE_NOT_A_PARTY, "to[0]"))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_addressed_to_a_state_outside_the_arrangement() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperTo(List.of("RUS", "FRA")))
                .expectException(violating(Rule.PAPER_ADDRESSEE_NOT_A_PARTY, "to[1]"))
                .expectNoEvents();
    }

    @Test
    void a_paper_with_an_empty_list_of_addressees_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperTo(List.of()))
                .expectException(violating(Rule.NO_ADDRESSEE, "to"))
                .expectNoEvents();
    }

    @Test
    void a_digest_shorter_than_64_hex_characters_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperWithDigest(US_PAPER_SHA256.substring(1)))
                .expectException(violating(Rule.INVALID_DIGEST, "sha256"))
                .expectNoEvents();
    }

    @Test
    void a_digest_with_characters_that_are_not_hex_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperWithDigest("z" + US_PAPER_SHA256.substring(1)))
                .expectException(violating(Rule.INVALID_DIGEST, "sha256"))
                .expectNoEvents();
    }

    @Test
    void a_paper_without_a_digest_is_rejected() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperWithDigest(null))
                .expectException(violating(Rule.INVALID_DIGEST, "sha256"))
                .expectNoEvents();
    }

    @Test
    void a_terminated_arrangement_accepts_no_new_papers() {
        fixture.given(UsRussia2011.recorded(), UsRussia2011.terminated())
                .when(submitUsPaper())
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_submitted_before_the_arrangement_was_concluded() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperOn(CONCLUDED.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "submittedOn"))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_submitted_after_today() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaperOn(TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "submittedOn"))
                .expectNoEvents();
    }

    @Test
    void a_party_submits_its_own_paper() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaper(), Map.of(Acting.PARTY, "USA"))
                .expectEvents(usPaperSubmitted());
    }

    @Test
    void a_party_cannot_submit_a_paper_for_another() {
        fixture.given(UsRussia2011.recorded())
                .when(submitUsPaper(), Map.of(Acting.PARTY, "RUS"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }
}
