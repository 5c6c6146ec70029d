package org.entente.command.paper;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.paper.AcknowledgeDoctrinePaperReceipt;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Rule;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.arrangement.ArrangementFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.entente.api.fixtures.Registry.TOMORROW;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.RUS_RECEIVED_US_PAPER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER_HANDED_OVER;
import static org.entente.api.fixtures.UsRussia2011.usPaperAcknowledged;
import static org.entente.api.fixtures.UsRussia2011.usPaperSubmitted;
import static org.entente.command.shared.RuleViolationMatcher.violating;

class ReceiptAcknowledgementTest {

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    private static AcknowledgeDoctrinePaperReceipt acknowledgeUsPaper(String party, LocalDate receivedOn) {
        return new AcknowledgeDoctrinePaperReceipt(ID, US_PAPER, party, receivedOn);
    }

    @Test
    void an_addressee_acknowledges_receipt() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(acknowledgeUsPaper("RUS", RUS_RECEIVED_US_PAPER))
                .expectEvents(usPaperAcknowledged())
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_paper_may_be_received_on_the_day_it_was_submitted() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(acknowledgeUsPaper("RUS", US_PAPER_HANDED_OVER))
                .expectEvents(new DoctrinePaperReceiptAcknowledged(ID, US_PAPER, "RUS", US_PAPER_HANDED_OVER));
    }

    @Test
    void an_addressee_acknowledges_receipt_only_once() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted(), usPaperAcknowledged())
                .when(acknowledgeUsPaper("RUS", RUS_RECEIVED_US_PAPER.plusDays(1)))
                .expectException(violating(Rule.RECEIPT_ALREADY_ACKNOWLEDGED, "party"))
                .expectNoEvents();
    }

    @Test
    void the_sender_cannot_acknowledge_its_own_paper() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(acknowledgeUsPaper("USA", RUS_RECEIVED_US_PAPER))
                .expectException(violating(Rule.NOT_AN_ADDRESSEE, "party"))
                .expectNoEvents();
    }

    @Test
    void a_state_outside_the_arrangement_cannot_acknowledge_a_paper() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(acknowledgeUsPaper("FRA", RUS_RECEIVED_US_PAPER))
                .expectException(violating(Rule.NOT_AN_ADDRESSEE, "party"))
                .expectNoEvents();
    }

    @Test
    void an_acknowledgement_without_a_party_is_rejected() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(acknowledgeUsPaper(null, RUS_RECEIVED_US_PAPER))
                .expectException(violating(Rule.NOT_AN_ADDRESSEE, "party"))
                .expectNoEvents();
    }

    @Test
    void acknowledging_an_unknown_paper_is_rejected() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(new AcknowledgeDoctrinePaperReceipt(ID, "QQQ", "RUS", RUS_RECEIVED_US_PAPER))
                .expectException(violating(Rule.UNKNOWN_PAPER))
                .expectNoEvents();
    }

    @Test
    void an_acknowledgement_without_a_date_is_rejected() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(acknowledgeUsPaper("RUS", null))
                .expectException(violating(Rule.DATE_REQUIRED, "receivedOn"))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_received_before_it_was_submitted() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(acknowledgeUsPaper("RUS", US_PAPER_HANDED_OVER.minusDays(1)))
                .expectException(violating(Rule.RECEIPT_BEFORE_SUBMISSION, "receivedOn"))
                .expectNoEvents();
    }

    @Test
    void a_paper_cannot_be_received_after_today() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(acknowledgeUsPaper("RUS", TOMORROW))
                .expectException(violating(Rule.DATE_IN_FUTURE, "receivedOn"))
                .expectNoEvents();
    }

    @Test
    void an_addressee_acknowledges_for_itself() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(acknowledgeUsPaper("RUS", RUS_RECEIVED_US_PAPER), Map.of(Acting.PARTY, "RUS"))
                .expectEvents(usPaperAcknowledged());
    }

    @Test
    void a_party_cannot_acknowledge_for_another() {
        fixture.given(UsRussia2011.recorded(), usPaperSubmitted())
                .when(acknowledgeUsPaper("RUS", RUS_RECEIVED_US_PAPER), Map.of(Acting.PARTY, "USA"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }
}
