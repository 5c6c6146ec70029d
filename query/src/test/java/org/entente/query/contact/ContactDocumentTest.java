package org.entente.query.contact;

import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.view.ContactView;
import org.entente.api.view.Liveness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDocumentTest {

    private static final ContactDetails OLD = details("+12025550100");
    private static final ContactDetails NEW = details("+12025550199");
    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(30);

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
        assertThat(document.asOf(LocalDate.of(2011, 6, 30), AT, WINDOW)).as("before designation").isEmpty();
        assertThat(document.asOf(LocalDate.of(2012, 2, 29), AT, WINDOW).map(ContactView::channels)).contains(OLD.channels());
        assertThat(document.asOf(LocalDate.of(2012, 3, 1), AT, WINDOW).map(ContactView::channels)).contains(NEW.channels());
        assertThat(document.asOf(LocalDate.of(2014, 3, 31), AT, WINDOW)).isPresent();
        assertThat(document.asOf(LocalDate.of(2014, 4, 1), AT, WINDOW)).as("retired from that day").isEmpty();
    }

    @Test
    void a_redelivered_event_is_recognised_by_its_sequence() {
        ContactDocument document = hotline();
        assertThat(document.hasFolded(5)).isTrue();
        assertThat(document.hasFolded(8)).isTrue();
        assertThat(document.hasFolded(9)).isFalse();
    }

    @Test
    void liveness_follows_the_latest_check() {
        ContactDocument document = ContactDocument.designated(new PointOfContactDesignated("us-ru", "ru-cert", "RUS",
                ContactRole.TECHNICAL, OLD, LocalDate.of(2011, 7, 1)), 3, AT);
        assertThat(document.livenessAt(AT, WINDOW)).isEqualTo(Liveness.UNTESTED);
        document.verified(AT.minus(Duration.ofDays(2)), Duration.ofMinutes(5), 4);
        assertThat(document.livenessAt(AT, WINDOW)).isEqualTo(Liveness.VERIFIED);
        assertThat(document.livenessAt(AT.plus(Duration.ofDays(40)), WINDOW)).isEqualTo(Liveness.STALE);
        document.failedCheck(AT.minus(Duration.ofDays(1)), 5);
        assertThat(document.livenessAt(AT, WINDOW)).isEqualTo(Liveness.UNREACHABLE);
        document.verified(AT, Duration.ofMinutes(1), 6);
        assertThat(document.livenessAt(AT, WINDOW)).isEqualTo(Liveness.VERIFIED);
    }
}
