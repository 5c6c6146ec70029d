package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.FulfilCommitment;
import org.entente.api.commitment.MoveCommitmentDeadline;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.contact.UpdatePointOfContact;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.paper.AcknowledgeDoctrinePaperReceipt;
import org.entente.api.paper.DoctrinePaperSuperseded;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_MOVED_ON;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE;
import static org.entente.api.fixtures.UsRussia2011.ID;
import static org.entente.api.fixtures.UsRussia2011.INCIDENT_LINKS;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;
import static org.entente.api.fixtures.UsRussia2011.RUS_CERT;
import static org.entente.api.fixtures.UsRussia2011.RUS_PAPER;
import static org.entente.api.fixtures.UsRussia2011.USA_HOTLINE;
import static org.entente.api.fixtures.UsRussia2011.USA_RECEIVED_RUS_PAPER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER;
import static org.entente.api.fixtures.UsRussia2011.US_PAPER_REVISED;
import static org.entente.api.fixtures.UsRussia2011.YEAR_END;
import static org.entente.command.shared.RuleViolationMatcher.violating;

/**
 * The arrangement forwards each event to the one entity it names ({@code ForwardMatchingInstances}): after
 * a history with several commitments, contacts and papers, every decision still sees that entity's own
 * state, and Axon's fixture finds the state built by the commands equal to the state rebuilt from events.
 */
class EntityEventForwardingTest {

    private static final LocalDate LINKS_IN_SERVICE = USA_HOTLINE.designatedOn();
    private static final LocalDate RUS_CERT_RENAMED_ON = LocalDate.of(2015, 3, 2);

    private final AggregateTestFixture<Arrangement> fixture = ArrangementFixture.create();

    /** Three commitments (one fulfilled, one with a moved deadline), two contacts, two papers of which one is acknowledged. */
    private static List<Object> history(Object... later) {
        List<Object> events = new ArrayList<>(List.of(
                UsRussia2011.recorded(),
                MILITARY_VIEWS.addedTo(ID),
                CERT_EXCHANGE.addedTo(ID),
                INCIDENT_LINKS.addedTo(ID),
                UsRussia2011.usPaperSubmitted(),
                UsRussia2011.usPaperAcknowledged(),
                UsRussia2011.rusPaperSubmitted(),
                USA_HOTLINE.designatedUnder(ID),
                new CommitmentFulfilled(ID, INCIDENT_LINKS.id(), LINKS_IN_SERVICE, "Cyber incidents added to the NRRC link"),
                UsRussia2011.certExchangeDeadlineMoved(),
                RUS_CERT.designatedUnder(ID)));
        events.addAll(List.of(later));
        return events;
    }

    private static AcknowledgeDoctrinePaperReceipt usaAcknowledgesRusPaper() {
        return new AcknowledgeDoctrinePaperReceipt(ID, RUS_PAPER, "USA", USA_RECEIVED_RUS_PAPER);
    }

    private static UpdatePointOfContact renameOffice(String contactId, String office) {
        return new UpdatePointOfContact(ID, contactId, office, null, null, null, null, RUS_CERT_RENAMED_ON);
    }

    @Test
    void the_last_acknowledgement_completes_the_exchange_and_fulfils_only_the_doctrine_commitment() {
        fixture.given(history())
                .when(usaAcknowledgesRusPaper())
                .expectEvents(UsRussia2011.rusPaperAcknowledged(), UsRussia2011.militaryViewsExchanged())
                .expectResultMessagePayload(13L);
    }

    @Test
    void an_acknowledgement_of_a_superseded_paper_does_not_count_for_its_successor() {
        fixture.given(history(UsRussia2011.usPaperRevisedSubmitted(), new DoctrinePaperSuperseded(ID, US_PAPER, US_PAPER_REVISED)))
                .when(usaAcknowledgesRusPaper())
                .expectEvents(UsRussia2011.rusPaperAcknowledged())
                .expectResultMessagePayload(14L);
    }

    @Test
    void fulfilling_one_commitment_leaves_the_others_open() {
        LocalDate firstReport = LocalDate.of(2012, 6, 1);
        fixture.given(history())
                .when(new FulfilCommitment(ID, CERT_EXCHANGE.id(), firstReport, "First joint botnet report"))
                .expectEvents(new CommitmentFulfilled(ID, CERT_EXCHANGE.id(), firstReport, "First joint botnet report"))
                .expectResultMessagePayload(12L);
    }

    @Test
    void a_fulfilled_commitment_stays_closed_among_open_ones() {
        fixture.given(history())
                .when(new FulfilCommitment(ID, INCIDENT_LINKS.id(), LINKS_IN_SERVICE, "Again"))
                .expectException(violating(Rule.COMMITMENT_CLOSED))
                .expectNoEvents();
    }

    @Test
    void each_commitment_keeps_its_own_deadline() {
        // Taking effect before the other commitment's move: that move's date does not bind this commitment.
        LocalDate movedOn = CERT_EXCHANGE_MOVED_ON.minusDays(20);
        LocalDate newDeadline = LocalDate.of(2012, 3, 31);
        fixture.given(history())
                .when(new MoveCommitmentDeadline(ID, MILITARY_VIEWS.id(), newDeadline, "Translations take longer", movedOn))
                .expectEvents(new CommitmentDeadlineMoved(ID, MILITARY_VIEWS.id(), YEAR_END, newDeadline, "Translations take longer",
                        movedOn));
    }

    @Test
    void a_moved_deadline_belongs_to_the_commitment_it_was_moved_for() {
        fixture.given(history())
                .when(new MoveCommitmentDeadline(ID, CERT_EXCHANGE.id(), CERT_EXCHANGE_NEW_DEADLINE, "Moved once more", null))
                .expectException(violating(Rule.DEADLINE_UNCHANGED, "dueBy"))
                .expectNoEvents();
    }

    @Test
    void each_contact_keeps_its_own_details() {
        ContactDetails before = RUS_CERT.details();
        ContactDetails after = new ContactDetails("National Coordination Center for Computer Incidents", before.person(),
                before.channels(), before.availability(), before.languages());
        fixture.given(history())
                .when(renameOffice(RUS_CERT.id(), after.office()))
                .expectEvents(new PointOfContactUpdated(ID, RUS_CERT.id(), List.of("office"), before, after, RUS_CERT_RENAMED_ON));
    }

    @Test
    void retiring_one_contact_leaves_the_other_active() {
        ContactDetails before = USA_HOTLINE.details();
        ContactDetails after = new ContactDetails("NRRC Watch", before.person(), before.channels(), before.availability(),
                before.languages());
        fixture.given(history(new PointOfContactRetired(ID, RUS_CERT.id(), "Replaced by a new national centre", RUS_CERT_RENAMED_ON)))
                .when(renameOffice(USA_HOTLINE.id(), after.office()))
                .expectEvents(new PointOfContactUpdated(ID, USA_HOTLINE.id(), List.of("office"), before, after, RUS_CERT_RENAMED_ON));
    }

    @Test
    void a_retired_contact_stays_retired_among_active_ones() {
        fixture.given(history(new PointOfContactRetired(ID, RUS_CERT.id(), "Replaced by a new national centre", RUS_CERT_RENAMED_ON)))
                .when(renameOffice(RUS_CERT.id(), "National Coordination Center for Computer Incidents"))
                .expectException(violating(Rule.CONTACT_RETIRED))
                .expectNoEvents();
    }
}
