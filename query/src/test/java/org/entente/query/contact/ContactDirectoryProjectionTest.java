package org.entente.query.contact;

import org.entente.api.contact.ContactDirectory;
import org.entente.api.contact.ContactHistory;
import org.entente.api.contact.ContactView;
import org.entente.api.contact.FindContactQuery;
import org.entente.api.contact.FindContactsQuery;
import org.entente.api.contact.Liveness;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.fixtures.ContactTerms;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.Registry;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.CheckStreams;
import org.entente.query.Delivery;
import org.entente.query.Variants;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.api.fixtures.WatchAndWarning.DEU_WATCH_ANSWERED;
import static org.entente.api.fixtures.WatchAndWarning.USA_CHECKS_DEU_WATCH;
import static org.entente.api.fixtures.WatchAndWarning.USA_CHECKS_DEU_WATCH_AGAIN;

/** The directory folded from the arrangements' streams and the checks' own streams, as the whole store delivers them. */
class ContactDirectoryProjectionTest {

    private static final Duration VERIFIED_WINDOW = Duration.ofDays(30);

    private final InMemoryContactDocuments documents = new InMemoryContactDocuments();
    private final ContactDirectoryProjection projection = new ContactDirectoryProjection(documents);
    private final ContactQueries queries = new ContactQueries(documents, Registry.CLOCK, VERIFIED_WINDOW);

    @Test
    void a_contacts_history_keeps_every_version_of_its_details_and_its_retirement() {
        fold(UsRussia2011.history());

        ContactHistory cert = queries.handle(new FindContactQuery(UsRussia2011.ID, UsRussia2011.RUS_CERT.id())).orElseThrow();

        assertThat(cert.versions()).extracting(ContactHistory.Version::effectiveOn, ContactHistory.Version::details,
                        ContactHistory.Version::recordedAt)
                .containsExactly(
                        tuple(UsRussia2011.RUS_CERT.designatedOn(), UsRussia2011.RUS_CERT.details(), recordedAt(UsRussia2011.RUS_CERT)),
                        tuple(UsRussia2011.RUS_CERT_UPDATED_ON, UsRussia2011.RUS_CERT_DETAILS_2013,
                                UsRussia2011.history().recordedAt(PointOfContactUpdated.class)));
        assertThat(cert.retiredOn()).isEqualTo(UsRussia2011.TERMINATED);
        assertThat(cert.retirementReason()).isEqualTo(UsRussia2011.rusCertRetired().reason());
    }

    @Test
    void the_directory_today_shows_the_contacts_not_retired_with_their_liveness() {
        foldEverything();

        ContactDirectory today = queries.handle(new FindContactsQuery(null, null, null, null, null));

        assertThat(today.items()).extracting(ContactView::id, ContactView::liveness).containsExactly(
                tuple(UsRussia2011.USA_HOTLINE.id(), Liveness.STALE),
                tuple(WatchAndWarning.DEU_WATCH.id(), Liveness.VERIFIED),
                tuple(WatchAndWarning.USA_WATCH.id(), Liveness.UNREACHABLE));
    }

    @Test
    void an_answered_check_gives_its_contact_the_answer_and_the_response_time() {
        foldEverything();

        ContactHistory watch = queries.handle(new FindContactQuery(WatchAndWarning.ID, WatchAndWarning.DEU_WATCH.id())).orElseThrow();

        assertThat(watch.lastVerifiedAt()).isEqualTo(DEU_WATCH_ANSWERED);
        assertThat(watch.lastResponseTime()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void an_older_answer_redelivered_after_a_newer_one_does_not_take_its_place() {
        Instant answeredAgain = USA_CHECKS_DEU_WATCH_AGAIN.initiatedAt().plusSeconds(180);
        EventStream first = USA_CHECKS_DEU_WATCH.answeredAt(DEU_WATCH_ANSWERED);
        fold(WatchAndWarning.history(), first, USA_CHECKS_DEU_WATCH_AGAIN.answeredAt(answeredAgain));

        Delivery.to(projection).deliverAll(first.messages());

        ContactHistory watch = queries.handle(new FindContactQuery(WatchAndWarning.ID, WatchAndWarning.DEU_WATCH.id())).orElseThrow();
        assertThat(watch.lastVerifiedAt()).isEqualTo(answeredAgain);
        assertThat(watch.lastResponseTime()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void the_outcome_of_a_check_a_legacy_store_holds_in_an_arrangement_stream_counts_like_any_other() {
        fold(Variants.usRussiaWithLegacyCheck());

        ContactHistory hotline = queries.handle(new FindContactQuery(UsRussia2011.ID, UsRussia2011.USA_HOTLINE.id())).orElseThrow();

        assertThat(hotline.lastVerifiedAt()).isEqualTo(UsRussia2011.USA_HOTLINE_ANSWERED);
    }

    @Test
    void the_outcome_of_a_check_of_a_contact_never_designated_is_refused() {
        Delivery delivery = Delivery.to(projection);

        assertThatThrownBy(() -> delivery.deliverAll(USA_CHECKS_DEU_WATCH.answeredAt(DEU_WATCH_ANSWERED).messages()))
                .rootCause().isInstanceOf(IllegalStateException.class).hasMessageContaining(USA_CHECKS_DEU_WATCH.id());
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void a_change_of_a_contact_never_designated_is_refused() {
        Delivery delivery = Delivery.to(projection);

        assertThatThrownBy(() -> delivery.deliver(UsRussia2011.history().messageOf(PointOfContactRetired.class)))
                .rootCause().isInstanceOf(IllegalStateException.class).hasMessageContaining(UsRussia2011.RUS_CERT.id());
    }

    @Test
    void the_reset_handler_empties_the_directory() {
        foldEverything();

        projection.reset();

        assertThat(documents.all()).isEmpty();
    }

    private void foldEverything() {
        fold(CheckStreams.besides(UsRussia2011.history(), WatchAndWarning.history()));
    }

    private void fold(EventStream... streams) {
        Delivery.to(projection).deliverAll(EventStream.inRecordingOrder(streams));
    }

    private static Instant recordedAt(ContactTerms contact) {
        return UsRussia2011.history().messageOf(contact.designatedUnder(UsRussia2011.ID)).getTimestamp();
    }
}
