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

    /** Recorded the day it took effect. */
    private static final Instant DESIGNATION_RECORDED = Instant.parse("2011-07-01T09:00:00Z");
    /** Recorded two weeks before it takes effect on 2012-03-01. */
    private static final Instant UPDATE_RECORDED = Instant.parse("2012-02-15T09:00:00Z");
    /** Recorded the day after it took effect on 2014-04-01. */
    private static final Instant RETIREMENT_RECORDED = Instant.parse("2014-04-02T10:00:00Z");
    /** A day well inside the contact's life, after the update took effect. */
    private static final LocalDate SPRING_2012 = LocalDate.of(2012, 4, 1);
    /** A moment when the registry knew everything about the checks below. */
    private static final Instant LATER = Instant.parse("2020-01-01T00:00:00Z");

    private static ContactDetails details(String phone) {
        return new ContactDetails("Situation room", null, List.of(new Channel(ChannelType.PHONE, phone)),
                Availability.aroundTheClock(), List.of("en"));
    }

    private static ContactDocument hotline() {
        ContactDocument document = ContactDocument.designated(new PointOfContactDesignated("us-ru", "us-hotline", "USA",
                ContactRole.HOTLINE_24_7, OLD, LocalDate.of(2011, 7, 1)), 3, DESIGNATION_RECORDED);
        document.updated(NEW, LocalDate.of(2012, 3, 1), 5, UPDATE_RECORDED);
        document.retired(LocalDate.of(2014, 4, 1), "Line replaced", 8, RETIREMENT_RECORDED);
        return document;
    }

    private static ContactDocument cert() {
        return ContactDocument.designated(new PointOfContactDesignated("us-ru", "ru-cert", "RUS",
                ContactRole.TECHNICAL, OLD, LocalDate.of(2011, 7, 1)), 3, DESIGNATION_RECORDED);
    }

    /** The cert's view on 2012-06-01 as known much later, with liveness judged at {@code moment}. */
    private static ContactView certAt(ContactDocument document, Instant moment) {
        return document.asKnownAt(LocalDate.of(2012, 6, 1), LATER, moment, WINDOW).orElseThrow();
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
        ContactDocument document = cert();
        assertThat(document.livenessAt(AT, WINDOW)).isEqualTo(Liveness.UNTESTED);
        document.verified(AT.minus(Duration.ofDays(2)), Duration.ofMinutes(5), 4, AT);
        assertThat(document.livenessAt(AT, WINDOW)).isEqualTo(Liveness.VERIFIED);
        assertThat(document.livenessAt(AT.plus(Duration.ofDays(40)), WINDOW)).isEqualTo(Liveness.STALE);
        document.failedCheck(AT.minus(Duration.ofDays(1)), 5, AT);
        assertThat(document.livenessAt(AT, WINDOW)).isEqualTo(Liveness.UNREACHABLE);
        document.verified(AT, Duration.ofMinutes(1), 6, AT);
        assertThat(document.livenessAt(AT, WINDOW)).isEqualTo(Liveness.VERIFIED);
    }

    @Test
    void a_designation_recorded_after_known_at_is_absent_even_for_a_day_it_was_in_effect() {
        Instant beforeRecording = DESIGNATION_RECORDED.minusSeconds(1);
        assertThat(hotline().asKnownAt(LocalDate.of(2011, 7, 1), beforeRecording, beforeRecording, WINDOW)).isEmpty();
    }

    @Test
    void a_designation_is_present_from_the_instant_it_was_recorded() {
        assertThat(hotline().asKnownAt(LocalDate.of(2011, 7, 1), DESIGNATION_RECORDED, DESIGNATION_RECORDED, WINDOW))
                .map(ContactView::channels).contains(OLD.channels());
    }

    @Test
    void an_update_recorded_after_known_at_is_ignored_although_already_in_effect_on_the_day() {
        ContactView view = hotline().asKnownAt(SPRING_2012, UPDATE_RECORDED.minusSeconds(1), LATER, WINDOW).orElseThrow();
        assertThat(view.channels()).isEqualTo(OLD.channels());
        assertThat(view.detailsEffectiveOn()).isEqualTo(LocalDate.of(2011, 7, 1));
    }

    @Test
    void an_update_recorded_by_known_at_is_shown_from_its_effective_date() {
        ContactView view = hotline().asKnownAt(SPRING_2012, UPDATE_RECORDED, LATER, WINDOW).orElseThrow();
        assertThat(view.channels()).isEqualTo(NEW.channels());
        assertThat(view.detailsEffectiveOn()).isEqualTo(LocalDate.of(2012, 3, 1));
    }

    @Test
    void a_retirement_recorded_after_known_at_still_shows_the_contact_as_not_retired() {
        Instant beforeRecording = RETIREMENT_RECORDED.minusSeconds(1);
        ContactView view = hotline().asKnownAt(LocalDate.of(2014, 4, 1), beforeRecording, beforeRecording, WINDOW).orElseThrow();
        assertThat(view.retiredOn()).isNull();
        assertThat(view.channels()).isEqualTo(NEW.channels());
    }

    @Test
    void a_retirement_recorded_by_known_at_removes_the_contact_from_its_effective_date() {
        assertThat(hotline().asKnownAt(LocalDate.of(2014, 4, 1), RETIREMENT_RECORDED, RETIREMENT_RECORDED, WINDOW)).isEmpty();
    }

    @Test
    void an_answer_before_the_moment_makes_the_contact_verified_with_that_answers_figures() {
        ContactDocument document = cert();
        Instant answeredAt = Instant.parse("2012-05-20T08:00:00Z");
        document.verified(answeredAt, Duration.ofMinutes(5), 4, answeredAt);
        document.verified(Instant.parse("2012-07-01T08:00:00Z"), Duration.ofMinutes(9), 5, Instant.parse("2012-07-01T08:00:00Z"));
        ContactView view = certAt(document, Instant.parse("2012-06-01T00:00:00Z"));
        assertThat(view.liveness()).isEqualTo(Liveness.VERIFIED);
        assertThat(view.lastVerifiedAt()).isEqualTo(answeredAt);
        assertThat(view.lastResponseTime()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_failure_before_the_moment_makes_the_contact_unreachable() {
        ContactDocument document = cert();
        document.verified(Instant.parse("2012-05-20T08:00:00Z"), Duration.ofMinutes(5), 4, Instant.parse("2012-05-20T08:00:00Z"));
        document.failedCheck(Instant.parse("2012-05-25T08:00:00Z"), 5, Instant.parse("2012-05-25T08:00:01Z"));
        assertThat(certAt(document, Instant.parse("2012-06-01T00:00:00Z")).liveness()).isEqualTo(Liveness.UNREACHABLE);
    }

    @Test
    void a_failure_after_the_moment_is_not_yet_held_against_the_contact() {
        ContactDocument document = cert();
        document.verified(Instant.parse("2012-05-20T08:00:00Z"), Duration.ofMinutes(5), 4, Instant.parse("2012-05-20T08:00:00Z"));
        document.failedCheck(Instant.parse("2012-06-05T08:00:00Z"), 5, Instant.parse("2012-06-05T08:00:01Z"));
        assertThat(certAt(document, Instant.parse("2012-06-01T00:00:00Z")).liveness()).isEqualTo(Liveness.VERIFIED);
    }

    @Test
    void a_failure_recorded_after_known_at_is_not_yet_known() {
        ContactDocument document = cert();
        document.verified(Instant.parse("2012-05-20T08:00:00Z"), Duration.ofMinutes(5), 4, Instant.parse("2012-05-20T08:00:00Z"));
        document.failedCheck(Instant.parse("2012-05-25T08:00:00Z"), 5, Instant.parse("2012-05-27T08:00:00Z"));
        Instant knownAt = Instant.parse("2012-05-26T00:00:00Z");
        ContactView view = document.asKnownAt(LocalDate.of(2012, 5, 25), knownAt, knownAt, WINDOW).orElseThrow();
        assertThat(view.liveness()).isEqualTo(Liveness.VERIFIED);
    }

    @Test
    void an_answer_older_than_the_window_at_the_moment_leaves_the_contact_stale() {
        ContactDocument document = cert();
        document.verified(Instant.parse("2012-03-01T08:00:00Z"), Duration.ofMinutes(5), 4, Instant.parse("2012-03-01T08:00:00Z"));
        ContactView view = certAt(document, Instant.parse("2012-06-01T00:00:00Z"));
        assertThat(view.liveness()).isEqualTo(Liveness.STALE);
        assertThat(view.lastVerifiedAt()).isEqualTo(Instant.parse("2012-03-01T08:00:00Z"));
    }

    @Test
    void a_contact_checked_only_after_the_moment_is_untested_then() {
        ContactDocument document = cert();
        document.verified(Instant.parse("2012-07-01T08:00:00Z"), Duration.ofMinutes(5), 4, Instant.parse("2012-07-01T08:00:00Z"));
        ContactView view = certAt(document, Instant.parse("2012-06-01T00:00:00Z"));
        assertThat(view.liveness()).isEqualTo(Liveness.UNTESTED);
        assertThat(view.lastVerifiedAt()).isNull();
        assertThat(view.lastResponseTime()).isNull();
    }
}
