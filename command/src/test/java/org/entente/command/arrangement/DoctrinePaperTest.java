package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentFulfilledByExchange;
import org.entente.api.paper.AcknowledgeDoctrinePaperReceipt;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.paper.DoctrinePaperSuperseded;
import org.entente.api.paper.SubmitDoctrinePaper;
import org.entente.api.paper.SupersedeDoctrinePaper;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.entente.command.arrangement.Given.CERT_EXCHANGE;
import static org.entente.command.arrangement.Given.MILITARY_VIEWS;
import static org.entente.command.arrangement.Given.MILITARY_VIEWS_TEXT;
import static org.entente.command.arrangement.Given.TODAY;
import static org.entente.command.arrangement.Given.TOMORROW;
import static org.entente.command.arrangement.Given.US_RUSSIA;
import static org.entente.command.arrangement.Given.YEAR_END_2011;
import static org.entente.command.arrangement.Given.militaryViewsAdded;
import static org.entente.command.arrangement.Given.militaryViewsFulfilled;
import static org.entente.command.arrangement.Given.usRussiaRecorded;
import static org.entente.command.arrangement.Given.usRussiaTerminated;
import static org.entente.command.arrangement.RuleViolationMatcher.violating;

class DoctrinePaperTest {

    private static final String USA_VIEWS = "usa-military-views";
    private static final String USA_VIEWS_REVISED = "usa-military-views-2";
    private static final String RUS_VIEWS = "rus-military-views";
    private static final String UNKNOWN = "QQQ";

    private static final String USA_TITLE = "U.S. views on military operations in cyberspace";
    private static final String RUS_TITLE = "Russian views on military activity in the information space";
    private static final String SUBJECT = "Military views on operating in cyberspace";
    private static final String MARKING = "UNCLASSIFIED";

    private static final String USA_DIGEST = "a65ab9a8881fd9c0b39abb62028bba9e393f013f0d0815aedc56d6fd7837735d";
    private static final String USA_REVISED_DIGEST = "945d379776ca43b96ad9ce6420886acbe9e6fbde99df88fc9a2bf028f72f14ce";
    private static final String RUS_DIGEST = "3e734b9d8301a055d6e525d329268395def6280eed6d6763fe365824f4d0dd05";

    private static final String USA_CONTENT_ID = "content-usa-military-views";
    private static final Long USA_CONTENT_LENGTH = 48_213L;

    // Submitted in the autumn of 2011, so acknowledgements before the year's end are neither early nor in the future.
    private static final LocalDate USA_SUBMITTED_ON = LocalDate.of(2011, 11, 1);
    private static final LocalDate RUS_SUBMITTED_ON = LocalDate.of(2011, 11, 8);
    private static final LocalDate USA_REVISED_ON = LocalDate.of(2011, 11, 15);

    private static final LocalDate RUS_RECEIVED_USA_VIEWS = LocalDate.of(2011, 11, 20);
    private static final LocalDate USA_RECEIVED_RUS_VIEWS = LocalDate.of(2011, 12, 5);

    private final AggregateTestFixture<Arrangement> fixture = Given.fixture();

    // ---------------------------------------------------------------- data

    private static SubmitDoctrinePaper submitUsaViews(List<String> to, String sha256) {
        return submitUsaViews("USA", to, sha256);
    }

    private static SubmitDoctrinePaper submitUsaViews(String fromParty, List<String> to, String sha256) {
        return new SubmitDoctrinePaper(US_RUSSIA, USA_VIEWS, fromParty, to, USA_TITLE, SUBJECT, "en", MARKING, "1",
                sha256, USA_CONTENT_ID, USA_CONTENT_LENGTH, null);
    }

    private static SubmitDoctrinePaper submitRusViews(List<String> to) {
        return new SubmitDoctrinePaper(US_RUSSIA, RUS_VIEWS, "RUS", to, RUS_TITLE, SUBJECT, "ru", MARKING, "1",
                RUS_DIGEST, null, null, null);
    }

    private static DoctrinePaperSubmitted usaViewsSubmitted() {
        return usaViewsSubmitted(USA_SUBMITTED_ON);
    }

    private static DoctrinePaperSubmitted usaViewsSubmitted(LocalDate submittedOn) {
        return new DoctrinePaperSubmitted(US_RUSSIA, USA_VIEWS, "USA", List.of("RUS"), USA_TITLE, SUBJECT, "en", MARKING,
                "1", USA_DIGEST, USA_CONTENT_ID, USA_CONTENT_LENGTH, submittedOn);
    }

    private static DoctrinePaperSubmitted usaViewsRevisedSubmitted() {
        return new DoctrinePaperSubmitted(US_RUSSIA, USA_VIEWS_REVISED, "USA", List.of("RUS"), USA_TITLE, SUBJECT, "en",
                MARKING, "2", USA_REVISED_DIGEST, null, null, USA_REVISED_ON);
    }

    private static DoctrinePaperSubmitted rusViewsSubmitted() {
        return rusViewsSubmitted(RUS_SUBMITTED_ON);
    }

    private static DoctrinePaperSubmitted rusViewsSubmitted(LocalDate submittedOn) {
        return new DoctrinePaperSubmitted(US_RUSSIA, RUS_VIEWS, "RUS", List.of("USA"), RUS_TITLE, SUBJECT, "ru", MARKING,
                "1", RUS_DIGEST, null, null, submittedOn);
    }

    private static AcknowledgeDoctrinePaperReceipt acknowledge(String paperId, String party, LocalDate receivedOn) {
        return new AcknowledgeDoctrinePaperReceipt(US_RUSSIA, paperId, party, receivedOn);
    }

    private static DoctrinePaperReceiptAcknowledged acknowledged(String paperId, String party, LocalDate receivedOn) {
        return new DoctrinePaperReceiptAcknowledged(US_RUSSIA, paperId, party, receivedOn);
    }

    private static DoctrinePaperReceiptAcknowledged usaViewsAcknowledgedByRus() {
        return acknowledged(USA_VIEWS, "RUS", RUS_RECEIVED_USA_VIEWS);
    }

    private static SupersedeDoctrinePaper supersede(String paperId, String byPaperId) {
        return new SupersedeDoctrinePaper(US_RUSSIA, paperId, byPaperId);
    }

    private static CommitmentAdded certExchangeAdded() {
        return new CommitmentAdded(US_RUSSIA, CERT_EXCHANGE, "Regular information exchange between the national CERTs",
                CommitmentCategory.INFORMATION_EXCHANGE, List.of("USA", "RUS"), YEAR_END_2011, null);
    }

    // ---------------------------------------------------------------- submission

    @Test
    void a_paper_without_addressees_goes_to_every_other_party_and_is_submitted_today() {
        fixture.given(usRussiaRecorded())
                .when(submitUsaViews(null, USA_DIGEST))
                .expectEvents(usaViewsSubmitted(TODAY))
                .expectResultMessagePayload(2L);
    }

    @Test
    void an_upper_case_digest_is_recorded_in_lower_case() {
        fixture.given(usRussiaRecorded())
                .when(submitUsaViews(null, USA_DIGEST.toUpperCase(Locale.ROOT)))
                .expectEvents(usaViewsSubmitted(TODAY));
    }

    @Test
    void a_paper_goes_to_the_addressees_named() {
        fixture.given(usRussiaRecorded())
                .when(submitRusViews(List.of("USA")))
                .expectEvents(rusViewsSubmitted(TODAY))
                .expectResultMessagePayload(2L);
    }

    @Test
    void an_identical_submission_retried_answers_the_current_version_without_new_events() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(submitUsaViews(null, USA_DIGEST))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_different_paper_under_the_same_paper_id_is_rejected() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(submitUsaViews(null, USA_REVISED_DIGEST))
                .expectException(violating(Rule.PAPER_ALREADY_SUBMITTED, "id"))
                .expectNoEvents();
    }

    @Test
    void a_state_outside_the_arrangement_cannot_submit_a_paper() {
        fixture.given(usRussiaRecorded())
                .when(submitUsaViews("FRA", null, USA_DIGEST))
                .expectException(violating(Rule.PAPER_FROM_NON_PARTY, "fromParty"))
                .expectNoEvents();
    }

    @Test
    void a_paper_without_a_sender_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(submitUsaViews(null, null, USA_DIGEST))
                .expectException(violating(Rule.PAPER_FROM_NON_PARTY, "fromParty"))
                .expectNoEvents();
    }

    @Test
    void a_party_cannot_address_a_paper_to_itself() {
        fixture.given(usRussiaRecorded())
                .when(submitUsaViews(List.of("USA"), USA_DIGEST))
                .expectException(violating(Rule.PAPER_ADDRESSEE_NOT_A_PARTY, "to[0]"))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_addressed_to_a_state_outside_the_arrangement() {
        fixture.given(usRussiaRecorded())
                .when(submitUsaViews(List.of("RUS", "FRA"), USA_DIGEST))
                .expectException(violating(Rule.PAPER_ADDRESSEE_NOT_A_PARTY, "to[1]"))
                .expectNoEvents();
    }

    @Test
    void a_paper_with_an_empty_list_of_addressees_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(submitUsaViews(List.of(), USA_DIGEST))
                .expectException(violating(Rule.PAPER_ADDRESSEE_NOT_A_PARTY, "to"))
                .expectNoEvents();
    }

    @Test
    void a_digest_shorter_than_64_hex_characters_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(submitUsaViews(null, USA_DIGEST.substring(1)))
                .expectException(violating(Rule.INVALID_DIGEST, "sha256"))
                .expectNoEvents();
    }

    @Test
    void a_digest_with_characters_that_are_not_hex_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(submitUsaViews(null, "z" + USA_DIGEST.substring(1)))
                .expectException(violating(Rule.INVALID_DIGEST, "sha256"))
                .expectNoEvents();
    }

    @Test
    void a_paper_without_a_digest_is_rejected() {
        fixture.given(usRussiaRecorded())
                .when(submitUsaViews(null, null))
                .expectException(violating(Rule.INVALID_DIGEST, "sha256"))
                .expectNoEvents();
    }

    @Test
    void a_terminated_arrangement_accepts_no_new_papers() {
        fixture.given(usRussiaRecorded(), usRussiaTerminated())
                .when(submitUsaViews(null, USA_DIGEST))
                .expectException(violating(Rule.ARRANGEMENT_TERMINATED))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- acknowledgement

    @Test
    void an_addressee_acknowledges_receipt() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(acknowledge(USA_VIEWS, "RUS", RUS_RECEIVED_USA_VIEWS))
                .expectEvents(usaViewsAcknowledgedByRus())
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_paper_may_be_received_on_the_day_it_was_submitted() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(acknowledge(USA_VIEWS, "RUS", USA_SUBMITTED_ON))
                .expectEvents(acknowledged(USA_VIEWS, "RUS", USA_SUBMITTED_ON));
    }

    @Test
    void an_addressee_acknowledges_receipt_only_once() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted(), usaViewsAcknowledgedByRus())
                .when(acknowledge(USA_VIEWS, "RUS", RUS_RECEIVED_USA_VIEWS.plusDays(1)))
                .expectException(violating(Rule.RECEIPT_ALREADY_ACKNOWLEDGED, "party"))
                .expectNoEvents();
    }

    @Test
    void the_sender_cannot_acknowledge_its_own_paper() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(acknowledge(USA_VIEWS, "USA", RUS_RECEIVED_USA_VIEWS))
                .expectException(violating(Rule.NOT_AN_ADDRESSEE, "party"))
                .expectNoEvents();
    }

    @Test
    void a_state_outside_the_arrangement_cannot_acknowledge_a_paper() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(acknowledge(USA_VIEWS, "FRA", RUS_RECEIVED_USA_VIEWS))
                .expectException(violating(Rule.NOT_AN_ADDRESSEE, "party"))
                .expectNoEvents();
    }

    @Test
    void an_acknowledgement_without_a_party_is_rejected() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(acknowledge(USA_VIEWS, null, RUS_RECEIVED_USA_VIEWS))
                .expectException(violating(Rule.NOT_AN_ADDRESSEE, "party"))
                .expectNoEvents();
    }

    @Test
    void acknowledging_an_unknown_paper_is_rejected() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(acknowledge(UNKNOWN, "RUS", RUS_RECEIVED_USA_VIEWS))
                .expectException(violating(Rule.UNKNOWN_PAPER))
                .expectNoEvents();
    }

    @Test
    void an_acknowledgement_without_a_date_is_rejected() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(acknowledge(USA_VIEWS, "RUS", null))
                .expectException(violating(Rule.DATE_REQUIRED, "receivedOn"))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_received_before_it_was_submitted() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(acknowledge(USA_VIEWS, "RUS", USA_SUBMITTED_ON.minusDays(1)))
                .expectException(violating(Rule.DATE_BEFORE_CONCLUSION, "receivedOn"))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_received_after_today() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(acknowledge(USA_VIEWS, "RUS", TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "receivedOn"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- the exchange policy

    @Test
    void the_last_acknowledgement_of_an_exchange_fulfils_the_doctrine_commitment() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usaViewsSubmitted(), usaViewsAcknowledgedByRus(),
                        rusViewsSubmitted())
                .when(acknowledge(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS))
                .expectEvents(acknowledged(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS),
                        new CommitmentFulfilledByExchange(US_RUSSIA, MILITARY_VIEWS, USA_RECEIVED_RUS_VIEWS,
                                List.of(USA_VIEWS, RUS_VIEWS)))
                .expectResultMessagePayload(7L);
    }

    @Test
    void the_exchange_is_fulfilled_on_the_latest_acknowledgement_even_when_it_was_recorded_first() {
        // Acknowledgements are recorded in any order; the exchange is complete only once both papers were received.
        LocalDate rusReceivedLate = LocalDate.of(2011, 12, 20);
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usaViewsSubmitted(),
                        acknowledged(USA_VIEWS, "RUS", rusReceivedLate), rusViewsSubmitted())
                .when(acknowledge(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS))
                .expectEvents(acknowledged(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS),
                        new CommitmentFulfilledByExchange(US_RUSSIA, MILITARY_VIEWS, rusReceivedLate,
                                List.of(USA_VIEWS, RUS_VIEWS)));
    }

    @Test
    void the_evidence_follows_the_order_of_the_parties_that_owe_the_commitment() {
        CommitmentAdded owedByRussiaFirst = new CommitmentAdded(US_RUSSIA, MILITARY_VIEWS, MILITARY_VIEWS_TEXT,
                CommitmentCategory.DOCTRINE_EXCHANGE, List.of("RUS", "USA"), YEAR_END_2011, null);
        fixture.given(usRussiaRecorded(), owedByRussiaFirst, usaViewsSubmitted(), usaViewsAcknowledgedByRus(),
                        rusViewsSubmitted())
                .when(acknowledge(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS))
                .expectEvents(acknowledged(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS),
                        new CommitmentFulfilledByExchange(US_RUSSIA, MILITARY_VIEWS, USA_RECEIVED_RUS_VIEWS,
                                List.of(RUS_VIEWS, USA_VIEWS)));
    }

    @Test
    void one_sides_acknowledged_paper_does_not_fulfil_the_exchange() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usaViewsSubmitted(), rusViewsSubmitted())
                .when(acknowledge(USA_VIEWS, "RUS", RUS_RECEIVED_USA_VIEWS))
                .expectEvents(usaViewsAcknowledgedByRus())
                .expectResultMessagePayload(5L);
    }

    @Test
    void a_superseded_paper_does_not_count_towards_the_exchange() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usaViewsSubmitted(), usaViewsAcknowledgedByRus(),
                        usaViewsRevisedSubmitted(), new DoctrinePaperSuperseded(US_RUSSIA, USA_VIEWS, USA_VIEWS_REVISED),
                        rusViewsSubmitted())
                .when(acknowledge(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS))
                .expectEvents(acknowledged(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS));
    }

    @Test
    void the_acknowledged_successor_of_a_superseded_paper_counts_towards_the_exchange() {
        LocalDate rusReceivedRevision = LocalDate.of(2011, 11, 25);
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), usaViewsSubmitted(), usaViewsAcknowledgedByRus(),
                        usaViewsRevisedSubmitted(), new DoctrinePaperSuperseded(US_RUSSIA, USA_VIEWS, USA_VIEWS_REVISED),
                        acknowledged(USA_VIEWS_REVISED, "RUS", rusReceivedRevision), rusViewsSubmitted())
                .when(acknowledge(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS))
                .expectEvents(acknowledged(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS),
                        new CommitmentFulfilledByExchange(US_RUSSIA, MILITARY_VIEWS, USA_RECEIVED_RUS_VIEWS,
                                List.of(USA_VIEWS_REVISED, RUS_VIEWS)));
    }

    @Test
    void an_exchange_of_papers_does_not_fulfil_a_commitment_of_another_category() {
        fixture.given(usRussiaRecorded(), certExchangeAdded(), usaViewsSubmitted(), usaViewsAcknowledgedByRus(),
                        rusViewsSubmitted())
                .when(acknowledge(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS))
                .expectEvents(acknowledged(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS));
    }

    @Test
    void a_doctrine_commitment_already_fulfilled_is_not_fulfilled_again() {
        fixture.given(usRussiaRecorded(), militaryViewsAdded(), militaryViewsFulfilled(), usaViewsSubmitted(),
                        usaViewsAcknowledgedByRus(), rusViewsSubmitted())
                .when(acknowledge(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS))
                .expectEvents(acknowledged(RUS_VIEWS, "USA", USA_RECEIVED_RUS_VIEWS));
    }

    // ---------------------------------------------------------------- supersession

    @Test
    void a_newer_paper_of_the_same_party_supersedes_an_older_one() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted(), usaViewsRevisedSubmitted())
                .when(supersede(USA_VIEWS, USA_VIEWS_REVISED))
                .expectEvents(new DoctrinePaperSuperseded(US_RUSSIA, USA_VIEWS, USA_VIEWS_REVISED))
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_superseded_paper_cannot_be_superseded_again() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted(), usaViewsRevisedSubmitted(),
                        new DoctrinePaperSuperseded(US_RUSSIA, USA_VIEWS, USA_VIEWS_REVISED))
                .when(supersede(USA_VIEWS, USA_VIEWS_REVISED))
                .expectException(violating(Rule.PAPER_ALREADY_SUPERSEDED))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_superseded_by_a_paper_of_the_other_party() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted(), rusViewsSubmitted())
                .when(supersede(USA_VIEWS, RUS_VIEWS))
                .expectException(violating(Rule.INVALID_SUPERSESSION, "byPaperId"))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_supersede_itself() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(supersede(USA_VIEWS, USA_VIEWS))
                .expectException(violating(Rule.INVALID_SUPERSESSION, "byPaperId"))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_superseded_by_an_unknown_paper() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted())
                .when(supersede(USA_VIEWS, UNKNOWN))
                .expectException(violating(Rule.INVALID_SUPERSESSION, "byPaperId"))
                .expectNoEvents();
    }

    @Test
    void superseding_an_unknown_paper_is_rejected() {
        fixture.given(usRussiaRecorded(), usaViewsRevisedSubmitted())
                .when(supersede(UNKNOWN, USA_VIEWS_REVISED))
                .expectException(violating(Rule.UNKNOWN_PAPER))
                .expectNoEvents();
    }

    @Test
    void an_older_paper_cannot_supersede_a_newer_one() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted(), usaViewsRevisedSubmitted())
                .when(supersede(USA_VIEWS_REVISED, USA_VIEWS))
                .expectException(violating(Rule.INVALID_SUPERSESSION, "byPaperId"))
                .expectNoEvents();
    }

    @Test
    void a_superseded_paper_cannot_supersede_another() {
        fixture.given(usRussiaRecorded(), usaViewsSubmitted(), usaViewsRevisedSubmitted(),
                        new DoctrinePaperSuperseded(US_RUSSIA, USA_VIEWS, USA_VIEWS_REVISED))
                .when(supersede(USA_VIEWS_REVISED, USA_VIEWS))
                .expectException(violating(Rule.INVALID_SUPERSESSION, "byPaperId"))
                .expectNoEvents();
    }
}
