package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.arrangement.AmendArrangement;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.arrangement.ChangeArrangementStatus;
import org.entente.api.arrangement.SourceReference;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.commitment.FulfilCommitment;
import org.entente.api.commitment.MoveCommitmentDeadline;
import org.entente.api.commitment.RecordCommitmentProgress;
import org.entente.api.commitment.WithdrawCommitment;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.contact.RetirePointOfContact;
import org.entente.api.contact.UpdatePointOfContact;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.paper.AcknowledgeDoctrinePaperReceipt;
import org.entente.api.paper.DoctrinePaperSuperseded;
import org.entente.api.paper.SupersedeDoctrinePaper;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_MOVED_ON;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_MOVE_REASON;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS_FULFILLED;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT;
import static org.entente.api.fixtures.UsRussia2011.RUS_PAPER;
import static org.entente.api.fixtures.UsRussia2011.RUS_RECEIVED_US_PAPER;
import static org.entente.api.fixtures.UsRussia2011.TERMINATED;
import static org.entente.api.fixtures.UsRussia2011.USA_HOTLINE;
import static org.entente.api.fixtures.UsRussia2011.USA_RECEIVED_RUS_PAPER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER_HANDED_OVER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER_REVISED;
import static org.entente.api.fixtures.UsRussia2011.militaryViewsExchanged;
import static org.entente.api.fixtures.UsRussia2011.rusPaperAcknowledged;
import static org.entente.api.fixtures.UsRussia2011.rusPaperSubmitted;
import static org.entente.api.fixtures.UsRussia2011.usPaperAcknowledged;
import static org.entente.api.fixtures.UsRussia2011.usPaperRevisedSubmitted;
import static org.entente.api.fixtures.UsRussia2011.usPaperSubmitted;
import static org.entente.command.shared.RuleViolationMatcher.violating;

/**
 * A command that asks for what is already recorded, as a client sends it again when it lost the answer,
 * is a retry: it applies nothing and answers the current version. The same command with other content
 * for something already done is still refused.
 */
class NaturalRetryTest {

    private static final String EVIDENCE = "Papers on military views exchanged";
    private static final String NOTE = "The United States handed over its paper on military views";
    private static final String WITHDRAWAL_REASON = "Superseded by a broader dialogue";
    private static final LocalDate WITHDRAWN_ON = LocalDate.of(2012, 5, 1);
    private static final String SUSPENSION_REASON = "Bilateral working group on cyber suspended";
    private static final String RETIREMENT_REASON = "Line moved to a new operations centre";

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    @Test
    void a_fulfilment_sent_again_with_the_same_date_and_evidence_is_a_retry() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentFulfilled(ID, MILITARY_VIEWS.id(), MILITARY_VIEWS_FULFILLED, EVIDENCE))
                .when(new FulfilCommitment(ID, MILITARY_VIEWS.id(), MILITARY_VIEWS_FULFILLED, EVIDENCE))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_fulfilment_with_other_evidence_for_a_fulfilled_commitment_is_refused() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentFulfilled(ID, MILITARY_VIEWS.id(), MILITARY_VIEWS_FULFILLED, EVIDENCE))
                .when(new FulfilCommitment(ID, MILITARY_VIEWS.id(), MILITARY_VIEWS_FULFILLED, "Other evidence"))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_fulfilment_of_a_commitment_fulfilled_by_an_exchange_is_refused() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), usPaperSubmitted(), usPaperAcknowledged(),
                        rusPaperSubmitted(), rusPaperAcknowledged(), militaryViewsExchanged())
                .when(new FulfilCommitment(ID, MILITARY_VIEWS.id(), USA_RECEIVED_RUS_PAPER, null))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void progress_sent_again_with_the_same_note_and_day_is_a_retry() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), NOTE, US_PAPER_HANDED_OVER))
                .when(new RecordCommitmentProgress(ID, MILITARY_VIEWS.id(), NOTE, US_PAPER_HANDED_OVER))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void progress_sent_again_without_a_day_takes_the_recorded_one_and_is_a_retry() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), NOTE, US_PAPER_HANDED_OVER))
                .when(new RecordCommitmentProgress(ID, MILITARY_VIEWS.id(), NOTE, null))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void the_same_note_on_another_day_is_new_progress() {
        LocalDate nextMonth = US_PAPER_HANDED_OVER.plusMonths(1);
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), NOTE, US_PAPER_HANDED_OVER))
                .when(new RecordCommitmentProgress(ID, MILITARY_VIEWS.id(), NOTE, nextMonth))
                .expectEvents(new CommitmentProgressRecorded(ID, MILITARY_VIEWS.id(), NOTE, nextMonth))
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_withdrawal_sent_again_is_a_retry() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentWithdrawn(ID, MILITARY_VIEWS.id(), WITHDRAWAL_REASON, WITHDRAWN_ON))
                .when(new WithdrawCommitment(ID, MILITARY_VIEWS.id(), WITHDRAWAL_REASON, WITHDRAWN_ON))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_deadline_moved_again_to_the_same_date_for_the_same_reason_is_a_retry() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID), UsRussia2011.certExchangeDeadlineMoved())
                .when(new MoveCommitmentDeadline(ID, CERT_EXCHANGE.id(), CERT_EXCHANGE_NEW_DEADLINE, CERT_EXCHANGE_MOVE_REASON,
                        CERT_EXCHANGE_MOVED_ON))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_deadline_moved_again_to_the_same_date_for_another_reason_is_refused() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID), UsRussia2011.certExchangeDeadlineMoved())
                .when(new MoveCommitmentDeadline(ID, CERT_EXCHANGE.id(), CERT_EXCHANGE_NEW_DEADLINE, "Another reason",
                        CERT_EXCHANGE_MOVED_ON))
                .expectException(violating(Rule.DEADLINE_UNCHANGED, "dueBy"))
                .expectNoEvents();
    }

    @Test
    void a_deadline_move_sent_again_after_a_later_move_is_a_new_move() {
        LocalDate later = CERT_EXCHANGE_NEW_DEADLINE.plusMonths(6);
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID), UsRussia2011.certExchangeDeadlineMoved(),
                        new CommitmentDeadlineMoved(ID, CERT_EXCHANGE.id(), CERT_EXCHANGE_NEW_DEADLINE, later, "Slipped", CERT_EXCHANGE_MOVED_ON))
                .when(new MoveCommitmentDeadline(ID, CERT_EXCHANGE.id(), CERT_EXCHANGE_NEW_DEADLINE, CERT_EXCHANGE_MOVE_REASON,
                        CERT_EXCHANGE_MOVED_ON))
                .expectEvents(new CommitmentDeadlineMoved(ID, CERT_EXCHANGE.id(), later, CERT_EXCHANGE_NEW_DEADLINE,
                        CERT_EXCHANGE_MOVE_REASON, CERT_EXCHANGE_MOVED_ON));
    }

    @Test
    void an_acknowledgement_sent_again_by_the_same_party_for_the_same_day_is_a_retry() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), usPaperAcknowledged())
                .when(new AcknowledgeDoctrinePaperReceipt(ID, US_PAPER, "RUS", RUS_RECEIVED_US_PAPER), Map.of(Acting.PARTY, "RUS"))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void an_acknowledgement_that_completed_an_exchange_sent_again_fulfils_nothing_twice() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), usPaperSubmitted(), usPaperAcknowledged(),
                        rusPaperSubmitted(), rusPaperAcknowledged(), militaryViewsExchanged())
                .when(new AcknowledgeDoctrinePaperReceipt(ID, RUS_PAPER, "USA", USA_RECEIVED_RUS_PAPER))
                .expectNoEvents()
                .expectResultMessagePayload(7L);
    }

    @Test
    void an_acknowledgement_sent_again_for_another_day_is_refused() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), usPaperAcknowledged())
                .when(new AcknowledgeDoctrinePaperReceipt(ID, US_PAPER, "RUS", RUS_RECEIVED_US_PAPER.plusDays(1)))
                .expectException(violating(Rule.RECEIPT_ALREADY_ACKNOWLEDGED, "party"))
                .expectNoEvents();
    }

    @Test
    void a_supersession_sent_again_is_a_retry() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), usPaperRevisedSubmitted(),
                        new DoctrinePaperSuperseded(ID, US_PAPER, US_PAPER_REVISED))
                .when(new SupersedeDoctrinePaper(ID, US_PAPER, US_PAPER_REVISED))
                .expectNoEvents()
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_contact_retirement_sent_again_is_a_retry() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID),
                        new PointOfContactRetired(ID, USA_HOTLINE.id(), RETIREMENT_REASON, TERMINATED))
                .when(new RetirePointOfContact(ID, USA_HOTLINE.id(), RETIREMENT_REASON, TERMINATED), Map.of(Acting.PARTY, "USA"))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_contact_retirement_sent_again_by_another_party_is_still_refused_as_acting_for_another() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID),
                        new PointOfContactRetired(ID, USA_HOTLINE.id(), RETIREMENT_REASON, TERMINATED))
                .when(new RetirePointOfContact(ID, USA_HOTLINE.id(), RETIREMENT_REASON, TERMINATED), Map.of(Acting.PARTY, "RUS"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }

    @Test
    void a_contact_retirement_with_another_reason_is_refused() {
        fixture.given(UsRussia2011.recorded(), USA_HOTLINE.designatedUnder(ID),
                        new PointOfContactRetired(ID, USA_HOTLINE.id(), RETIREMENT_REASON, TERMINATED))
                .when(new RetirePointOfContact(ID, USA_HOTLINE.id(), "Another reason", TERMINATED))
                .expectException(violating(Rule.CONTACT_RETIRED))
                .expectNoEvents();
    }

    @Test
    void a_contact_update_sent_again_is_a_retry() {
        ContactDetails before = RUS_CERT.details();
        ContactDetails renamed = new ContactDetails("NCCCI", before.person(), before.channels(), before.availability(),
                before.languages());
        LocalDate renamedOn = LocalDate.of(2015, 3, 2);
        fixture.given(UsRussia2011.recorded(), RUS_CERT.designatedUnder(ID),
                        new PointOfContactUpdated(ID, RUS_CERT.id(), List.of("office"), before, renamed, renamedOn))
                .when(new UpdatePointOfContact(ID, RUS_CERT.id(), "NCCCI", null, null, null, null, renamedOn))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_status_change_sent_again_is_a_retry() {
        fixture.given(UsRussia2011.recorded(), new ArrangementSuspended(ID, UsRussia2011.SUSPENDED, SUSPENSION_REASON))
                .when(new ChangeArrangementStatus(ID, ArrangementStatus.SUSPENDED, UsRussia2011.SUSPENDED, SUSPENSION_REASON))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void a_status_change_to_the_current_status_for_another_reason_is_refused() {
        fixture.given(UsRussia2011.recorded(), new ArrangementSuspended(ID, UsRussia2011.SUSPENDED, SUSPENSION_REASON))
                .when(new ChangeArrangementStatus(ID, ArrangementStatus.SUSPENDED, UsRussia2011.SUSPENDED, "Another reason"))
                .expectException(violating(Rule.ILLEGAL_STATUS_TRANSITION, "status"))
                .expectNoEvents();
    }

    @Test
    void an_amendment_sent_again_is_a_retry() {
        SourceReference source = UsRussia2011.SOURCE;
        fixture.given(UsRussia2011.recorded(), new ArrangementAmended(ID, "Corrected title", source, "Title as published"))
                .when(new AmendArrangement(ID, "Corrected title", null, "Title as published"))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }
}
