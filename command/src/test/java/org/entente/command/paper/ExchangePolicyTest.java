package org.entente.command.paper;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentFulfilledByExchange;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.paper.AcknowledgeDoctrinePaperReceipt;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.DoctrinePaperSuperseded;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.arrangement.ArrangementFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS_FULFILLED;
import static org.entente.api.fixtures.UsRussia2011.RUS_PAPER;
import static org.entente.api.fixtures.UsRussia2011.TERMINATED;
import static org.entente.api.fixtures.UsRussia2011.USA_RECEIVED_RUS_PAPER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER_REVISED;
import static org.entente.api.fixtures.UsRussia2011.militaryViewsExchanged;
import static org.entente.api.fixtures.UsRussia2011.rusPaperAcknowledged;
import static org.entente.api.fixtures.UsRussia2011.rusPaperSubmitted;
import static org.entente.api.fixtures.UsRussia2011.usPaperAcknowledged;
import static org.entente.api.fixtures.UsRussia2011.usPaperRevisedSubmitted;
import static org.entente.api.fixtures.UsRussia2011.usPaperSubmitted;

/**
 * The exchange policy ({@link ExchangePolicy}): an acknowledgement that completes an exchange of papers
 * fulfils the DOCTRINE_EXCHANGE commitment, once every party owing it has a current paper that every
 * addressee acknowledged.
 */
class ExchangePolicyTest {

    private static final DoctrinePaperSuperseded US_PAPER_REVISED_BEFORE_RUSSIA_ANSWERED =
            new DoctrinePaperSuperseded(ID, US_PAPER, US_PAPER_REVISED);

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    /** The United States acknowledges Russia's paper: the last step of the exchange in 2011. */
    private static AcknowledgeDoctrinePaperReceipt usaAcknowledgesRusPaper() {
        return new AcknowledgeDoctrinePaperReceipt(ID, RUS_PAPER, "USA", USA_RECEIVED_RUS_PAPER);
    }

    @Test
    void the_last_acknowledgement_of_an_exchange_fulfils_the_doctrine_commitment() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), usPaperSubmitted(), usPaperAcknowledged(),
                        rusPaperSubmitted())
                .when(usaAcknowledgesRusPaper())
                .expectEvents(rusPaperAcknowledged(), militaryViewsExchanged())
                .expectResultMessagePayload(7L);
    }

    @Test
    void the_exchange_is_fulfilled_on_the_latest_acknowledgement_even_when_it_was_recorded_first() {
        // Acknowledgements are recorded in any order; the exchange is complete only once both papers were received.
        LocalDate russiaReceivedLate = USA_RECEIVED_RUS_PAPER.plusDays(8);
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), usPaperSubmitted(),
                        new DoctrinePaperReceiptAcknowledged(ID, US_PAPER, "RUS", russiaReceivedLate), rusPaperSubmitted())
                .when(usaAcknowledgesRusPaper())
                .expectEvents(rusPaperAcknowledged(),
                        new CommitmentFulfilledByExchange(ID, MILITARY_VIEWS.id(), russiaReceivedLate, List.of(US_PAPER, RUS_PAPER)));
    }

    @Test
    void the_evidence_follows_the_order_of_the_parties_that_owe_the_commitment() {
        CommitmentAdded owedByRussiaFirst = new CommitmentAdded(ID, MILITARY_VIEWS.id(), MILITARY_VIEWS.text(),
                MILITARY_VIEWS.category(), List.of("RUS", "USA"), MILITARY_VIEWS.dueBy(), null);
        fixture.given(UsRussia2011.recorded(), owedByRussiaFirst, usPaperSubmitted(), usPaperAcknowledged(), rusPaperSubmitted())
                .when(usaAcknowledgesRusPaper())
                .expectEvents(rusPaperAcknowledged(), new CommitmentFulfilledByExchange(ID, MILITARY_VIEWS.id(),
                        MILITARY_VIEWS_FULFILLED, List.of(RUS_PAPER, US_PAPER)));
    }

    @Test
    void one_sides_acknowledged_paper_does_not_fulfil_the_exchange() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), usPaperSubmitted(), rusPaperSubmitted())
                .when(new AcknowledgeDoctrinePaperReceipt(ID, US_PAPER, "RUS", UsRussia2011.RUS_RECEIVED_US_PAPER))
                .expectEvents(usPaperAcknowledged())
                .expectResultMessagePayload(5L);
    }

    @Test
    void a_superseded_paper_does_not_count_towards_the_exchange() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), usPaperSubmitted(), usPaperAcknowledged(),
                        usPaperRevisedSubmitted(), US_PAPER_REVISED_BEFORE_RUSSIA_ANSWERED, rusPaperSubmitted())
                .when(usaAcknowledgesRusPaper())
                .expectEvents(rusPaperAcknowledged());
    }

    @Test
    void the_acknowledged_successor_of_a_superseded_paper_counts_towards_the_exchange() {
        LocalDate russiaReceivedRevision = UsRussia2011.US_PAPER_REVISED_ON.plusDays(3);
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), usPaperSubmitted(), usPaperAcknowledged(),
                        usPaperRevisedSubmitted(), US_PAPER_REVISED_BEFORE_RUSSIA_ANSWERED,
                        new DoctrinePaperReceiptAcknowledged(ID, US_PAPER_REVISED, "RUS", russiaReceivedRevision), rusPaperSubmitted())
                .when(usaAcknowledgesRusPaper())
                .expectEvents(rusPaperAcknowledged(), new CommitmentFulfilledByExchange(ID, MILITARY_VIEWS.id(),
                        MILITARY_VIEWS_FULFILLED, List.of(US_PAPER_REVISED, RUS_PAPER)));
    }

    @Test
    void an_exchange_of_papers_does_not_fulfil_a_commitment_of_another_category() {
        fixture.given(UsRussia2011.recorded(), CERT_EXCHANGE.addedTo(ID), usPaperSubmitted(), usPaperAcknowledged(),
                        rusPaperSubmitted())
                .when(usaAcknowledgesRusPaper())
                .expectEvents(rusPaperAcknowledged());
    }

    @Test
    void a_doctrine_commitment_already_fulfilled_is_not_fulfilled_again() {
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID),
                        new CommitmentFulfilled(ID, MILITARY_VIEWS.id(), UsRussia2011.RUS_PAPER_HANDED_OVER, "Papers exchanged in Moscow"),
                        usPaperSubmitted(), usPaperAcknowledged(), rusPaperSubmitted())
                .when(usaAcknowledgesRusPaper())
                .expectEvents(rusPaperAcknowledged());
    }

    @Test
    void an_exchange_completed_after_termination_does_not_fulfil_the_commitment() {
        LocalDate receivedAfterTheEnd = TERMINATED.plusDays(5);
        fixture.given(UsRussia2011.recorded(), MILITARY_VIEWS.addedTo(ID), usPaperSubmitted(), usPaperAcknowledged(),
                        rusPaperSubmitted(), UsRussia2011.terminated())
                .when(new AcknowledgeDoctrinePaperReceipt(ID, RUS_PAPER, "USA", receivedAfterTheEnd))
                .expectEvents(new DoctrinePaperReceiptAcknowledged(ID, RUS_PAPER, "USA", receivedAfterTheEnd));
    }
}
