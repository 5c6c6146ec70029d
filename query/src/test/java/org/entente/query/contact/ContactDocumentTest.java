package org.entente.query.contact;

import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.view.ContactView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDocumentTest {

    private static final ContactDetails OLD = details("+12025550100");
    private static final ContactDetails NEW = details("+12025550199");
    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

    private static ContactDetails details(String phone) {
        return new ContactDetails("Situation room", null, List.of(new Channel(ChannelType.PHONE, phone)),
                Availability.aroundTheClock(), List.of("en"));
    }

    private static ContactDocument hotline() {
        ContactDocument document = ContactDocument.designated(new PointOfContactDesignated("us-ru", "us-hotline", "USA",
                ContactRole.HOTLINE_24_7, OLD, LocalDate.of(2011, 7, 1)), 3, AT);
        document.updated(NEW, LocalDate.of(2012, 3, 1), 5, AT);
        document.retired(LocalDate.of(2014, 4, 1), "Line replaced", 8);
        return document;
    }

    @Test
    void a_contact_reads_as_it_was_on_each_day_of_its_life() {
        ContactDocument document = hotline();
        assertThat(document.asOf(LocalDate.of(2011, 6, 30))).as("before designation").isEmpty();
        assertThat(document.asOf(LocalDate.of(2012, 2, 29)).map(ContactView::channels)).contains(OLD.channels());
        assertThat(document.asOf(LocalDate.of(2012, 3, 1)).map(ContactView::channels)).contains(NEW.channels());
        assertThat(document.asOf(LocalDate.of(2014, 3, 31))).isPresent();
        assertThat(document.asOf(LocalDate.of(2014, 4, 1))).as("retired from that day").isEmpty();
    }

    @Test
    void a_redelivered_event_is_recognised_by_its_sequence() {
        ContactDocument document = hotline();
        assertThat(document.hasFolded(5)).isTrue();
        assertThat(document.hasFolded(8)).isTrue();
        assertThat(document.hasFolded(9)).isFalse();
    }
}
