package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.DesignatePointOfContact;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.paper.AcknowledgeDoctrinePaperReceipt;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.entente.command.arrangement.Given.US_RUSSIA;
import static org.entente.command.arrangement.Given.usRussiaRecorded;
import static org.entente.command.arrangement.RuleViolationMatcher.violating;

/** A party acts only for itself: the acting party travels as command metadata. */
class ActingPartyTest {

    private static final LocalDate ON = LocalDate.of(2011, 11, 1);
    private static final ContactDetails HOTLINE = new ContactDetails("Situation room", null,
            List.of(new Channel(ChannelType.PHONE, "+12025550100")), Availability.aroundTheClock(), List.of("en"));
    private static final DesignatePointOfContact DESIGNATE_US_HOTLINE =
            new DesignatePointOfContact(US_RUSSIA, "us-hotline", "USA", ContactRole.HOTLINE_24_7, HOTLINE, ON);
    private static final DoctrinePaperSubmitted US_PAPER = new DoctrinePaperSubmitted(US_RUSSIA, "us-views", "USA",
            List.of("RUS"), "Views", "doctrine", "en", "UNCLASSIFIED", "1", "0f".repeat(32), null, null, ON);

    private final AggregateTestFixture<Arrangement> fixture = Given.fixture();

    @Test
    void a_party_designates_its_own_contact() {
        fixture.given(usRussiaRecorded())
                .when(DESIGNATE_US_HOTLINE, Map.of(Acting.PARTY, "USA"))
                .expectEvents(new PointOfContactDesignated(US_RUSSIA, "us-hotline", "USA", ContactRole.HOTLINE_24_7, HOTLINE, ON));
    }

    @Test
    void a_party_cannot_designate_another_partys_contact() {
        fixture.given(usRussiaRecorded())
                .when(DESIGNATE_US_HOTLINE, Map.of(Acting.PARTY, "RUS"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }

    @Test
    void an_addressee_acknowledges_for_itself() {
        fixture.given(usRussiaRecorded(), US_PAPER)
                .when(new AcknowledgeDoctrinePaperReceipt(US_RUSSIA, "us-views", "RUS", ON.plusDays(3)), Map.of(Acting.PARTY, "RUS"))
                .expectEvents(new DoctrinePaperReceiptAcknowledged(US_RUSSIA, "us-views", "RUS", ON.plusDays(3)));
    }

    @Test
    void a_party_cannot_acknowledge_for_another() {
        fixture.given(usRussiaRecorded(), US_PAPER)
                .when(new AcknowledgeDoctrinePaperReceipt(US_RUSSIA, "us-views", "RUS", ON.plusDays(3)), Map.of(Acting.PARTY, "USA"))
                .expectException(violating(Rule.ACTING_FOR_ANOTHER_PARTY))
                .expectNoEvents();
    }
}
