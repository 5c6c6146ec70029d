package org.entente.query.arrangement;

import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ArrangementDocuments} promises, for the in-memory store and the MongoDB adapter
 * alike: an implementation's test implements this interface. Documents are compared field by field,
 * since a store that serialises them answers copies.
 */
public interface ArrangementDocumentsContract {

    /** A store with nothing in it; each test asks once. */
    ArrangementDocuments emptyStore();

    @Test
    default void finding_an_id_never_saved_answers_nothing() {
        assertThat(emptyStore().find(UsRussia2011.ID)).isEmpty();
    }

    @Test
    default void a_saved_document_is_found_by_its_id_whole() {
        ArrangementDocuments store = emptyStore();
        ArrangementDocument usRussia = usRussia();

        store.save(usRussia);

        assertThat(store.find(UsRussia2011.ID)).get().usingRecursiveComparison().isEqualTo(usRussia);
    }

    @Test
    default void saving_a_document_under_a_known_id_replaces_it() {
        ArrangementDocuments store = emptyStore();
        store.save(folded(UsRussia2011.history().first(4)));

        store.save(usRussia());

        assertThat(store.find(UsRussia2011.ID)).get().usingRecursiveComparison().isEqualTo(usRussia());
        assertThat(store.findAll(List.of(UsRussia2011.ID))).hasSize(1);
    }

    @Test
    default void a_change_to_a_document_is_stored_only_when_the_document_is_saved() {
        ArrangementDocuments store = emptyStore();
        ArrangementDocument saved = usRussia();
        store.save(saved);

        saved.amended("Changed after saving", null);
        store.find(UsRussia2011.ID).orElseThrow().amended("Changed after finding", null);

        assertThat(store.find(UsRussia2011.ID).orElseThrow().title()).isEqualTo(UsRussia2011.TITLE);
    }

    @Test
    default void finding_several_ids_answers_each_saved_document_once_and_passes_over_unknown_ids() {
        ArrangementDocuments store = withTheThreeArrangements();

        List<ArrangementDocument> found = store.findAll(List.of(UsRussia2011.ID, "no-such-arrangement", EuUsWorkingGroup.ID,
                UsRussia2011.ID));

        assertThat(found).extracting(ArrangementDocument::id).containsExactlyInAnyOrder(UsRussia2011.ID, EuUsWorkingGroup.ID);
        assertThat(found).filteredOn(d -> d.id().equals(UsRussia2011.ID)).singleElement()
                .usingRecursiveComparison().isEqualTo(usRussia());
    }

    @Test
    default void the_outlines_of_several_ids_name_each_saved_document_by_title_status_and_parties() {
        ArrangementDocuments store = withTheThreeArrangements();

        assertThat(store.outlines(List.of(UsRussia2011.ID, "no-such-arrangement", EuUsWorkingGroup.ID)))
                .containsExactlyInAnyOrder(
                        new ArrangementListings.Entry(UsRussia2011.TITLE, UsRussia2011.ID, org.entente.api.arrangement.ArrangementStatus.TERMINATED,
                                UsRussia2011.PARTIES),
                        new ArrangementListings.Entry(EuUsWorkingGroup.TITLE, EuUsWorkingGroup.ID,
                                org.entente.api.arrangement.ArrangementStatus.IN_FORCE, EuUsWorkingGroup.PARTIES));
        assertThat(store.outlines(List.of())).isEmpty();
    }

    @Test
    default void finding_no_ids_answers_nothing() {
        assertThat(withTheThreeArrangements().findAll(List.of())).isEmpty();
    }















    @Test
    default void deleting_all_forgets_every_document() {
        ArrangementDocuments store = withTheThreeArrangements();

        store.deleteAll();

        assertThat(store.find(UsRussia2011.ID)).isEmpty();
        assertThat(store.findAll(List.of(UsRussia2011.ID, EuUsWorkingGroup.ID))).isEmpty();
    }

    private ArrangementDocuments withTheThreeArrangements() {
        ArrangementDocuments store = emptyStore();
        store.save(folded(WatchAndWarning.history()));
        store.save(usRussia());
        store.save(folded(EuUsWorkingGroup.history()));
        return store;
    }

    private static ArrangementDocument usRussia() {
        return folded(UsRussia2011.history());
    }

    private static ArrangementDocument folded(EventStream stream) {
        return ArrangementTimeline.fold(stream.messages());
    }
}
