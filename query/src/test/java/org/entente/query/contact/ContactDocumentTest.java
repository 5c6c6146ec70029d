package org.entente.query.contact;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactView;
import org.entente.api.contact.Liveness;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.Registry;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.fixtures.WatchAndWarning.DEU_WATCH_ANSWERED;
import static org.entente.api.fixtures.WatchAndWarning.USA_CHECKS_DEU_WATCH;
import static org.entente.api.fixtures.WatchAndWarning.USA_CHECKS_DEU_WATCH_AGAIN;

/**
 * Russia's CERT under the US-Russia arrangement: designated, updated, retired, each recorded a little
 * after it took effect. Germany's watch centre and the United States' checks of it, for liveness.
 */
class ContactDocumentTest {

    private static final Duration WINDOW = Duration.ofDays(30);
    private static final EventStream US_RUSSIA = UsRussia2011.history();
    private static final ContactDetails FIRST = UsRussia2011.RUS_CERT.details();
    private static final ContactDetails SECOND = UsRussia2011.RUS_CERT_DETAILS_2013;
    private static final DomainEventMessage<?> UPDATE = US_RUSSIA.messageOf(PointOfContactUpdated.class);
    private static final DomainEventMessage<?> RETIREMENT = US_RUSSIA.messageOf(PointOfContactRetired.class);
    private static final DomainEventMessage<?> DESIGNATION = US_RUSSIA.messageOf(
            UsRussia2011.RUS_CERT.designatedUnder(UsRussia2011.ID));
    private static final Instant DESIGNATION_RECORDED = DESIGNATION.getTimestamp();

    @Test
    void a_contact_reads_as_it_was_on_each_day_of_its_life() {
        ContactDocument cert = rusCert();

        assertThat(cert.asOf(LocalDate.of(2012, 1, 31), Registry.NOW, WINDOW)).as("before its designation").isEmpty();
        assertThat(channelsOn(cert, LocalDate.of(2013, 6, 16))).isEqualTo(FIRST.channels());
        assertThat(channelsOn(cert, UsRussia2011.RUS_CERT_UPDATED_ON)).isEqualTo(SECOND.channels());
        assertThat(cert.asOf(UsRussia2011.TERMINATED.minusDays(1), Registry.NOW, WINDOW)).isPresent();
        assertThat(cert.asOf(UsRussia2011.TERMINATED, Registry.NOW, WINDOW)).as("retired from that day").isEmpty();
    }

    @Test
    void a_redelivered_event_is_recognised_by_its_position_in_the_arrangement_stream() {
        ContactDocument cert = rusCert();

        assertThat(cert.hasFolded(UPDATE.getSequenceNumber())).isTrue();
        assertThat(cert.hasFolded(RETIREMENT.getSequenceNumber())).isTrue();
        assertThat(cert.hasFolded(RETIREMENT.getSequenceNumber() + 1)).isFalse();
    }

    @Test
    void the_outcome_of_a_check_is_recorded_once() {
        ContactDocument watch = deuWatch();

        assertThat(watch.checked(answered(USA_CHECKS_DEU_WATCH, DEU_WATCH_ANSWERED))).isTrue();
        assertThat(watch.checked(answered(USA_CHECKS_DEU_WATCH, DEU_WATCH_ANSWERED))).isFalse();
        assertThat(watch.checked(failed(USA_CHECKS_DEU_WATCH_AGAIN))).isTrue();
    }

    @Test
    void liveness_follows_the_latest_check() {
        ContactDocument watch = deuWatch();
        assertThat(watch.livenessAt(Registry.NOW, WINDOW)).isEqualTo(Liveness.UNTESTED);

        watch.checked(answered(USA_CHECKS_DEU_WATCH, DEU_WATCH_ANSWERED));
        assertThat(watch.livenessAt(Registry.NOW, WINDOW)).isEqualTo(Liveness.VERIFIED);
        assertThat(watch.livenessAt(Registry.NOW.plus(Duration.ofDays(40)), WINDOW)).isEqualTo(Liveness.STALE);

        watch.checked(failed(USA_CHECKS_DEU_WATCH_AGAIN));
        assertThat(watch.livenessAt(USA_CHECKS_DEU_WATCH_AGAIN.answerBy(), WINDOW)).isEqualTo(Liveness.UNREACHABLE);
    }

    @Test
    void a_designation_recorded_after_known_at_is_absent_even_for_a_day_it_was_in_effect() {
        Instant beforeRecording = DESIGNATION_RECORDED.minusSeconds(1);

        assertThat(rusCert().asKnownAt(UsRussia2011.RUS_CERT.designatedOn(), beforeRecording, beforeRecording, WINDOW)).isEmpty();
    }

    @Test
    void a_designation_is_present_from_the_instant_it_was_recorded() {
        assertThat(rusCert().asKnownAt(UsRussia2011.RUS_CERT.designatedOn(), DESIGNATION_RECORDED, DESIGNATION_RECORDED, WINDOW))
                .map(ContactView::channels).contains(FIRST.channels());
    }

    @Test
    void an_update_recorded_after_known_at_is_ignored_although_already_in_effect_on_the_day() {
        Instant beforeRecording = UPDATE.getTimestamp().minusSeconds(1);

        ContactView view = rusCert().asKnownAt(UsRussia2011.RUS_CERT_UPDATED_ON, beforeRecording, beforeRecording, WINDOW)
                .orElseThrow();

        assertThat(view.channels()).isEqualTo(FIRST.channels());
        assertThat(view.detailsEffectiveOn()).isEqualTo(UsRussia2011.RUS_CERT.designatedOn());
    }

    @Test
    void an_update_recorded_by_known_at_is_shown_from_its_effective_date() {
        ContactView view = rusCert().asKnownAt(UsRussia2011.RUS_CERT_UPDATED_ON, UPDATE.getTimestamp(), UPDATE.getTimestamp(),
                WINDOW).orElseThrow();

        assertThat(view.channels()).isEqualTo(SECOND.channels());
        assertThat(view.detailsEffectiveOn()).isEqualTo(UsRussia2011.RUS_CERT_UPDATED_ON);
    }

    @Test
    void a_retirement_recorded_after_known_at_still_shows_the_contact_as_not_retired() {
        Instant beforeRecording = RETIREMENT.getTimestamp().minusSeconds(1);

        ContactView view = rusCert().asKnownAt(UsRussia2011.TERMINATED, beforeRecording, beforeRecording, WINDOW).orElseThrow();

        assertThat(view.retiredOn()).isNull();
        assertThat(view.channels()).isEqualTo(SECOND.channels());
    }

    @Test
    void a_retirement_recorded_by_known_at_removes_the_contact_from_its_effective_date() {
        Instant recorded = RETIREMENT.getTimestamp();

        assertThat(rusCert().asKnownAt(UsRussia2011.TERMINATED, recorded, recorded, WINDOW)).isEmpty();
    }

    @Test
    void an_answer_before_the_moment_makes_the_contact_verified_with_that_answers_figures() {
        ContactDocument watch = deuWatch();
        watch.checked(answered(USA_CHECKS_DEU_WATCH, DEU_WATCH_ANSWERED));
        watch.checked(answered(USA_CHECKS_DEU_WATCH_AGAIN, USA_CHECKS_DEU_WATCH_AGAIN.initiatedAt().plusSeconds(180)));

        ContactView view = knownLaterAt(watch, USA_CHECKS_DEU_WATCH_AGAIN.initiatedAt());

        assertThat(view.liveness()).isEqualTo(Liveness.VERIFIED);
        assertThat(view.lastVerifiedAt()).isEqualTo(DEU_WATCH_ANSWERED);
        assertThat(view.lastResponseTime()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void a_failure_before_the_moment_makes_the_contact_unreachable_and_one_after_it_does_not_yet() {
        ContactDocument watch = deuWatch();
        watch.checked(answered(USA_CHECKS_DEU_WATCH, DEU_WATCH_ANSWERED));
        watch.checked(failed(USA_CHECKS_DEU_WATCH_AGAIN));
        Instant failedAt = USA_CHECKS_DEU_WATCH_AGAIN.answerBy();

        assertThat(knownLaterAt(watch, failedAt).liveness()).isEqualTo(Liveness.UNREACHABLE);
        assertThat(knownLaterAt(watch, failedAt.minusSeconds(1)).liveness()).isEqualTo(Liveness.VERIFIED);
    }

    @Test
    void a_failure_recorded_after_known_at_is_not_yet_known() {
        ContactDocument watch = deuWatch();
        watch.checked(answered(USA_CHECKS_DEU_WATCH, DEU_WATCH_ANSWERED));
        watch.checked(failed(USA_CHECKS_DEU_WATCH_AGAIN));
        Instant knownAt = USA_CHECKS_DEU_WATCH_AGAIN.answerBy().plusSeconds(30);

        ContactView view = watch.asKnownAt(dayOf(knownAt), knownAt, knownAt, WINDOW).orElseThrow();

        assertThat(view.liveness()).isEqualTo(Liveness.VERIFIED);
    }

    @Test
    void an_answer_older_than_the_window_at_the_moment_leaves_the_contact_stale() {
        ContactDocument watch = deuWatch();
        watch.checked(answered(USA_CHECKS_DEU_WATCH, DEU_WATCH_ANSWERED));

        ContactView view = knownLaterAt(watch, DEU_WATCH_ANSWERED.plus(WINDOW).plusSeconds(1));

        assertThat(view.liveness()).isEqualTo(Liveness.STALE);
        assertThat(view.lastVerifiedAt()).isEqualTo(DEU_WATCH_ANSWERED);
    }

    @Test
    void a_contact_checked_only_after_the_moment_is_untested_then() {
        ContactDocument watch = deuWatch();
        watch.checked(answered(USA_CHECKS_DEU_WATCH, DEU_WATCH_ANSWERED));

        ContactView view = knownLaterAt(watch, USA_CHECKS_DEU_WATCH.initiatedAt());

        assertThat(view.liveness()).isEqualTo(Liveness.UNTESTED);
        assertThat(view.lastVerifiedAt()).isNull();
        assertThat(view.lastResponseTime()).isNull();
    }

    /** Designated, updated and retired at their places in the arrangement's stream. */
    private static ContactDocument rusCert() {
        ContactDocument cert = ContactDocument.designated((PointOfContactDesignated) DESIGNATION.getPayload(),
                DESIGNATION.getSequenceNumber(), DESIGNATION_RECORDED);
        cert.updated(SECOND, UsRussia2011.RUS_CERT_UPDATED_ON, UPDATE.getSequenceNumber(), UPDATE.getTimestamp());
        cert.retired(UsRussia2011.TERMINATED, UsRussia2011.TERMINATION_REASON, RETIREMENT.getSequenceNumber(),
                RETIREMENT.getTimestamp());
        return cert;
    }

    private static ContactDocument deuWatch() {
        PointOfContactDesignated designation = WatchAndWarning.DEU_WATCH.designatedUnder(WatchAndWarning.ID);
        DomainEventMessage<?> stored = WatchAndWarning.history().messageOf(designation);
        return ContactDocument.designated(designation, stored.getSequenceNumber(), stored.getTimestamp());
    }

    /** Recorded the instant it was answered. */
    private static ContactDocument.CheckOutcome answered(CheckTerms check, Instant at) {
        return new ContactDocument.CheckOutcome(check.id(), true, at, Duration.between(check.initiatedAt(), at), at);
    }

    /** Failed at its answer-by time, recorded when the registry swept it. */
    private static ContactDocument.CheckOutcome failed(CheckTerms check) {
        return new ContactDocument.CheckOutcome(check.id(), false, check.answerBy(), null,
                check.answerBy().plus(CheckTerms.SWEEP_DELAY));
    }

    /** The contact on the moment's day as known long after, with liveness judged at {@code moment}. */
    private static ContactView knownLaterAt(ContactDocument document, Instant moment) {
        return document.asKnownAt(dayOf(moment), Instant.MAX, moment, WINDOW).orElseThrow();
    }

    private static List<Channel> channelsOn(ContactDocument document, LocalDate day) {
        return document.asOf(day, Registry.NOW, WINDOW).orElseThrow().channels();
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
