package org.entente.query.contact;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.fixtures.ContactTerms;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ContactDocuments} promises, for the in-memory store and the MongoDB adapter alike: an
 * implementation's test implements this interface. A search matches party, role and arrangement exactly,
 * a null filter matching all, whatever the contact's dates, in no particular order. Documents are
 * compared field by field.
 */
public interface ContactDocumentsContract {

    String RUS_CERT = ContactDocument.idOf(UsRussia2011.ID, UsRussia2011.RUS_CERT.id());
    String USA_HOTLINE = ContactDocument.idOf(UsRussia2011.ID, UsRussia2011.USA_HOTLINE.id());
    String DEU_WATCH = ContactDocument.idOf(WatchAndWarning.ID, WatchAndWarning.DEU_WATCH.id());
    String USA_WATCH = ContactDocument.idOf(WatchAndWarning.ID, WatchAndWarning.USA_WATCH.id());

    /** A store with nothing in it; each test asks once. */
    ContactDocuments emptyStore();

    @Test
    default void finding_a_contact_never_saved_answers_nothing() {
        assertThat(emptyStore().find(RUS_CERT)).isEmpty();
    }

    @Test
    default void a_saved_contact_is_found_by_its_id_whole() {
        ContactDocuments store = emptyStore();
        store.save(rusCertUpdatedAndRetired());
        store.save(deuWatchChecked());

        assertThat(store.find(RUS_CERT)).get().usingRecursiveComparison().isEqualTo(rusCertUpdatedAndRetired());
        assertThat(store.find(DEU_WATCH)).get().usingRecursiveComparison().isEqualTo(deuWatchChecked());
    }

    @Test
    default void saving_a_contact_under_a_known_id_replaces_it() {
        ContactDocuments store = emptyStore();
        store.save(designated(UsRussia2011.history(), UsRussia2011.RUS_CERT, UsRussia2011.ID));

        store.save(rusCertUpdatedAndRetired());

        assertThat(store.find(RUS_CERT)).get().usingRecursiveComparison().isEqualTo(rusCertUpdatedAndRetired());
        assertThat(store.search(null, null, null)).hasSize(1);
    }

    @Test
    default void a_change_to_a_contact_is_stored_only_when_the_contact_is_saved() {
        ContactDocuments store = emptyStore();
        ContactDocument saved = designated(UsRussia2011.history(), UsRussia2011.RUS_CERT, UsRussia2011.ID);
        store.save(saved);

        saved.retired(UsRussia2011.TERMINATED, UsRussia2011.TERMINATION_REASON, 99, UsRussia2011.history().recordedAt(
                PointOfContactRetired.class));
        store.find(RUS_CERT).orElseThrow().updated(UsRussia2011.RUS_CERT_DETAILS_2013, UsRussia2011.RUS_CERT_UPDATED_ON, 98,
                UsRussia2011.history().recordedAt(PointOfContactUpdated.class));

        assertThat(store.find(RUS_CERT)).get().usingRecursiveComparison()
                .isEqualTo(designated(UsRussia2011.history(), UsRussia2011.RUS_CERT, UsRussia2011.ID));
    }

    @Test
    default void a_search_without_filters_answers_every_contact_retired_or_not() {
        assertThat(ids(withFourContacts().search(null, null, null)))
                .containsExactlyInAnyOrder(RUS_CERT, USA_HOTLINE, DEU_WATCH, USA_WATCH);
    }

    @Test
    default void a_search_by_party_answers_its_contacts_under_every_arrangement() {
        ContactDocuments store = withFourContacts();

        assertThat(ids(store.search("USA", null, null))).containsExactlyInAnyOrder(USA_HOTLINE, USA_WATCH);
        assertThat(ids(store.search("RUS", null, null))).containsExactly(RUS_CERT);
        assertThat(store.search("CHN", null, null)).isEmpty();
    }

    @Test
    default void contacts_asked_for_by_id_are_answered_whole_those_never_saved_left_out() {
        ContactDocuments store = withFourContacts();

        assertThat(ids(store.findAll(List.of(USA_HOTLINE, DEU_WATCH, "nowhere/none")))).containsExactlyInAnyOrder(USA_HOTLINE, DEU_WATCH);
        assertThat(store.findAll(List.of(DEU_WATCH))).singleElement().usingRecursiveComparison().isEqualTo(deuWatchChecked());
        assertThat(store.findAll(List.of())).isEmpty();
    }

    @Test
    default void a_search_by_role_answers_the_contacts_in_it() {
        ContactDocuments store = withFourContacts();

        assertThat(ids(store.search(null, ContactRole.HOTLINE_24_7, null)))
                .containsExactlyInAnyOrder(USA_HOTLINE, DEU_WATCH, USA_WATCH);
        assertThat(ids(store.search(null, ContactRole.TECHNICAL, null))).containsExactly(RUS_CERT);
        assertThat(store.search(null, ContactRole.MILITARY, null)).isEmpty();
    }

    @Test
    default void a_search_by_arrangement_answers_the_contacts_designated_under_it() {
        ContactDocuments store = withFourContacts();

        assertThat(ids(store.search(null, null, WatchAndWarning.ID))).containsExactlyInAnyOrder(DEU_WATCH, USA_WATCH);
        assertThat(ids(store.search(null, null, UsRussia2011.ID))).containsExactlyInAnyOrder(RUS_CERT, USA_HOTLINE);
    }

    @Test
    default void the_filters_combine() {
        ContactDocuments store = withFourContacts();

        assertThat(ids(store.search("USA", ContactRole.HOTLINE_24_7, WatchAndWarning.ID))).containsExactly(USA_WATCH);
        assertThat(store.search("RUS", ContactRole.HOTLINE_24_7, null)).isEmpty();
    }

    @Test
    default void the_contacts_a_search_answers_are_whole() {
        assertThat(withFourContacts().search("DEU", null, null)).singleElement().usingRecursiveComparison()
                .isEqualTo(deuWatchChecked());
    }

    @Test
    default void deleting_all_forgets_every_contact() {
        ContactDocuments store = withFourContacts();

        store.deleteAll();

        assertThat(store.find(RUS_CERT)).isEmpty();
        assertThat(store.search(null, null, null)).isEmpty();
    }

    private ContactDocuments withFourContacts() {
        ContactDocuments store = emptyStore();
        List.of(rusCertUpdatedAndRetired(), designated(UsRussia2011.history(), UsRussia2011.USA_HOTLINE, UsRussia2011.ID),
                deuWatchChecked(), designated(WatchAndWarning.history(), WatchAndWarning.USA_WATCH, WatchAndWarning.ID))
                .forEach(store::save);
        return store;
    }

    /** Every version of its details, and its retirement, each at its place in the arrangement's stream. */
    private static ContactDocument rusCertUpdatedAndRetired() {
        EventStream history = UsRussia2011.history();
        ContactDocument document = designated(history, UsRussia2011.RUS_CERT, UsRussia2011.ID);
        DomainEventMessage<?> update = history.messageOf(PointOfContactUpdated.class);
        DomainEventMessage<?> retirement = history.messageOf(PointOfContactRetired.class);
        document.updated(UsRussia2011.RUS_CERT_DETAILS_2013, UsRussia2011.RUS_CERT_UPDATED_ON, update.getSequenceNumber(),
                update.getTimestamp());
        document.retired(UsRussia2011.TERMINATED, UsRussia2011.TERMINATION_REASON, retirement.getSequenceNumber(),
                retirement.getTimestamp());
        return document;
    }

    /** With the outcome of the United States' answered check. */
    private static ContactDocument deuWatchChecked() {
        ContactDocument document = designated(WatchAndWarning.history(), WatchAndWarning.DEU_WATCH, WatchAndWarning.ID);
        document.checked(new ContactDocument.CheckOutcome(WatchAndWarning.USA_CHECKS_DEU_WATCH.id(), true,
                WatchAndWarning.DEU_WATCH_ANSWERED, Duration.ofMinutes(7), WatchAndWarning.DEU_WATCH_ANSWERED));
        return document;
    }

    private static ContactDocument designated(EventStream history, ContactTerms contact, String arrangementId) {
        PointOfContactDesignated designation = contact.designatedUnder(arrangementId);
        DomainEventMessage<?> message = history.messageOf(designation);
        return ContactDocument.designated(designation, message.getSequenceNumber(), message.getTimestamp());
    }

    private static List<String> ids(List<ContactDocument> documents) {
        return documents.stream().map(ContactDocument::id).toList();
    }
}
