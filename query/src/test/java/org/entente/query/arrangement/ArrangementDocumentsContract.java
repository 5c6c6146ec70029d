package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ListArrangementsQuery;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ArrangementDocuments} promises, for the in-memory store and the MongoDB adapter
 * alike: an implementation's test implements this interface. Documents are compared field by field,
 * since a store that serialises them answers copies.
 * <p>
 * The list search: {@code party} and {@code status} match exactly; {@code text}, stripped of surrounding
 * blanks, is found literally anywhere in the title, ignoring case, and matches everything when null or
 * blank; null filters match everything. Matches are sorted by title, then by id, and cut into pages of
 * {@code size} (at least 1), counting from page 0; the total counts every match.
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
        assertThat(store.search(everything()).total()).isEqualTo(1);
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
    default void finding_no_ids_answers_nothing() {
        assertThat(withTheThreeArrangements().findAll(List.of())).isEmpty();
    }

    @Test
    default void a_search_without_filters_answers_every_document_sorted_by_title() {
        ArrangementDocuments.SearchResult result = withTheThreeArrangements().search(everything());

        assertThat(ids(result)).containsExactly(EuUsWorkingGroup.ID, UsRussia2011.ID, WatchAndWarning.ID);
        assertThat(result.total()).isEqualTo(3);
    }

    @Test
    default void documents_of_the_same_title_are_sorted_by_id() {
        ArrangementDocuments store = emptyStore();
        String namesakeId = UsRussia2011.ID + "/namesake";
        store.save(namesakeOf(UsRussia2011.recorded(), namesakeId));
        store.save(usRussia());

        assertThat(ids(store.search(everything()))).containsExactly(UsRussia2011.ID, namesakeId);
    }

    @Test
    default void a_search_by_party_answers_the_documents_that_name_it() {
        ArrangementDocuments store = withTheThreeArrangements();

        assertThat(ids(store.search(byParty("RUS")))).containsExactly(UsRussia2011.ID);
        assertThat(ids(store.search(byParty("DEU")))).containsExactly(WatchAndWarning.ID);
        assertThat(ids(store.search(byParty("USA")))).containsExactly(EuUsWorkingGroup.ID, UsRussia2011.ID, WatchAndWarning.ID);
        assertThat(store.search(byParty("CHN")).total()).isZero();
    }

    @Test
    default void a_search_visible_to_a_party_answers_only_the_arrangements_it_is_party_to() {
        ArrangementDocuments store = withTheThreeArrangements();

        assertThat(ids(store.search(new ListArrangementsQuery(null, null, null, "RUS", 0, 10)))).containsExactly(UsRussia2011.ID);
        assertThat(ids(store.search(new ListArrangementsQuery("USA", null, null, "DEU", 0, 10)))).containsExactly(WatchAndWarning.ID);
        assertThat(store.search(new ListArrangementsQuery("RUS", null, null, "DEU", 0, 10)).total())
                .as("Russia's arrangements as Germany may know them").isZero();
    }

    @Test
    default void a_search_by_status_answers_the_documents_in_it() {
        ArrangementDocuments store = withTheThreeArrangements();

        assertThat(ids(store.search(byStatus(ArrangementStatus.TERMINATED)))).containsExactly(UsRussia2011.ID);
        assertThat(ids(store.search(byStatus(ArrangementStatus.IN_FORCE)))).containsExactly(EuUsWorkingGroup.ID, WatchAndWarning.ID);
        assertThat(store.search(byStatus(ArrangementStatus.SUSPENDED)).total()).isZero();
    }

    @Test
    default void the_search_text_is_found_anywhere_in_the_title_ignoring_case() {
        ArrangementDocuments store = withTheThreeArrangements();

        assertThat(ids(store.search(byText("CYBER WATCH")))).containsExactly(WatchAndWarning.ID);
        assertThat(ids(store.search(byText("cyber-crime")))).containsExactly(EuUsWorkingGroup.ID);
        assertThat(ids(store.search(byText("Cyber")))).containsExactly(EuUsWorkingGroup.ID, UsRussia2011.ID, WatchAndWarning.ID);
    }

    @Test
    default void the_search_text_is_stripped_of_surrounding_blanks() {
        ArrangementDocuments store = withTheThreeArrangements();

        assertThat(ids(store.search(byText("  cyber watch\t")))).containsExactly(WatchAndWarning.ID);
        assertThat(ids(store.search(byText(" in cyberspace ")))).containsExactly(UsRussia2011.ID);
    }

    @Test
    default void a_blank_or_absent_search_text_matches_every_title() {
        ArrangementDocuments store = withTheThreeArrangements();

        for (String blank : Arrays.asList(null, "", "   ")) {
            assertThat(store.search(byText(blank)).total()).as("text %s", blank).isEqualTo(3);
        }
    }

    @Test
    default void the_search_text_is_matched_literally_not_as_a_pattern() {
        ArrangementDocuments store = withTheThreeArrangements();

        assertThat(store.search(byText("Cyber.Security")).total()).isZero();
        assertThat(store.search(byText("(")).total()).isZero();
        assertThat(store.search(byText("Cyber-Security")).total()).isEqualTo(1);
    }

    @Test
    default void the_search_text_is_looked_for_in_the_title_only() {
        ArrangementDocuments store = withTheThreeArrangements();

        assertThat(store.search(byText(UsRussia2011.ID)).total()).as("an id").isZero();
        assertThat(store.search(byText("Klimashin")).total()).as("a source").isZero();
        assertThat(store.search(byText("RUS")).total()).as("a party").isZero();
    }

    @Test
    default void the_filters_combine() {
        ArrangementDocuments store = withTheThreeArrangements();

        assertThat(ids(store.search(query("USA", ArrangementStatus.IN_FORCE, "cyber", 0, 10))))
                .containsExactly(EuUsWorkingGroup.ID, WatchAndWarning.ID);
        assertThat(store.search(query("RUS", ArrangementStatus.IN_FORCE, null, 0, 10)).total()).isZero();
    }

    @Test
    default void a_search_answers_the_page_asked_for_and_the_total_of_all_matches() {
        ArrangementDocuments store = withTheThreeArrangements();

        ArrangementDocuments.SearchResult first = store.search(query(null, null, null, 0, 2));
        ArrangementDocuments.SearchResult second = store.search(query(null, null, null, 1, 2));

        assertThat(ids(first)).containsExactly(EuUsWorkingGroup.ID, UsRussia2011.ID);
        assertThat(ids(second)).containsExactly(WatchAndWarning.ID);
        assertThat(List.of(first.total(), second.total())).containsOnly(3L);
    }

    @Test
    default void a_page_beyond_the_last_is_empty_and_still_tells_the_total() {
        ArrangementDocuments.SearchResult result = withTheThreeArrangements().search(query(null, null, null, 5, 2));

        assertThat(result.items()).isEmpty();
        assertThat(result.total()).isEqualTo(3);
    }

    @Test
    default void the_documents_a_search_answers_are_whole() {
        ArrangementDocuments.SearchResult result = withTheThreeArrangements().search(byParty("RUS"));

        assertThat(result.items()).singleElement().usingRecursiveComparison().isEqualTo(usRussia());
    }

    @Test
    default void deleting_all_forgets_every_document() {
        ArrangementDocuments store = withTheThreeArrangements();

        store.deleteAll();

        assertThat(store.find(UsRussia2011.ID)).isEmpty();
        assertThat(store.findAll(List.of(UsRussia2011.ID, EuUsWorkingGroup.ID))).isEmpty();
        assertThat(store.search(everything()).total()).isZero();
    }

    /** Saved out of title order, so that the order of saving cannot pass for the sort. */
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

    /** Another arrangement recorded under the same title, told apart by its id alone. */
    private static ArrangementDocument namesakeOf(ArrangementRecorded original, String id) {
        return folded(EventStream.arrangement(id).then(new ArrangementRecorded(id, original.title(), original.instrument(),
                original.kind(), original.parties(), original.status(), original.concludedOn(), original.source()),
                "2026-11-24T09:00:00Z"));
    }

    private static List<String> ids(ArrangementDocuments.SearchResult result) {
        return result.items().stream().map(ArrangementDocument::id).toList();
    }

    private static ListArrangementsQuery everything() {
        return query(null, null, null, 0, 10);
    }

    private static ListArrangementsQuery byParty(String party) {
        return query(party, null, null, 0, 10);
    }

    private static ListArrangementsQuery byStatus(ArrangementStatus status) {
        return query(null, status, null, 0, 10);
    }

    private static ListArrangementsQuery byText(String text) {
        return query(null, null, text, 0, 10);
    }

    private static ListArrangementsQuery query(String party, ArrangementStatus status, String text, int page, int size) {
        return new ListArrangementsQuery(party, status, text, page, size);
    }
}
