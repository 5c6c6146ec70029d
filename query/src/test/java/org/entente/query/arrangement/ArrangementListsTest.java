package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementPage;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementSummary;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.ListArrangementsQuery;
import org.entente.api.arrangement.SourceReference;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.Registry;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.Delivery;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The arrangement list and its search, as {@link ArrangementQueries} answers them from the listing chunks
 * and the search keys: {@code party} and {@code status} match exactly, a registrar sees only its party's
 * arrangements, matches come in title order (then id) in pages counted from 0 with the total of all.
 * The search finds every word of the text, as the beginning of a word of the title, the source or a
 * commitment, whatever its case or accents; blank text matches everything.
 */
class ArrangementListsTest {

    private final InMemoryArrangementListings listings = new InMemoryArrangementListings();
    private final ArrangementListing listing = new ArrangementListing(listings);
    private final ArrangementSearch search = new ArrangementSearch(new InMemorySearchTokens());
    private final ArrangementDocuments documents =
            new IndexedArrangementDocuments(new InMemoryArrangementDocuments(), List.of(listing, search));
    private final ArrangementQueries queries = new ArrangementQueries(documents, listing, search, Registry.CLOCK);

    private ArrangementQueries withTheThreeArrangements() {
        Delivery.to(new ArrangementProjection(documents)).deliverAll(EventStream.inRecordingOrder(
                WatchAndWarning.history(), UsRussia2011.history(), EuUsWorkingGroup.history()));
        return queries;
    }

    @Test
    void a_list_without_filters_answers_every_arrangement_sorted_by_title() {
        ArrangementPage page = withTheThreeArrangements().handle(query(null, null, null, 0, 10));

        assertThat(ids(page)).containsExactly(EuUsWorkingGroup.ID, UsRussia2011.ID, WatchAndWarning.ID);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void a_list_by_party_answers_the_arrangements_that_name_it() {
        withTheThreeArrangements();

        assertThat(ids(queries.handle(query("RUS", null, null, 0, 10)))).containsExactly(UsRussia2011.ID);
        assertThat(ids(queries.handle(query("DEU", null, null, 0, 10)))).containsExactly(WatchAndWarning.ID);
        assertThat(ids(queries.handle(query("USA", null, null, 0, 10)))).containsExactly(EuUsWorkingGroup.ID, UsRussia2011.ID, WatchAndWarning.ID);
        assertThat(queries.handle(query("CHN", null, null, 0, 10)).total()).isZero();
    }

    @Test
    void a_list_visible_to_a_party_answers_only_the_arrangements_it_is_party_to() {
        withTheThreeArrangements();

        assertThat(ids(queries.handle(new ListArrangementsQuery(null, null, null, "RUS", 0, 10)))).containsExactly(UsRussia2011.ID);
        assertThat(ids(queries.handle(new ListArrangementsQuery("USA", null, null, "DEU", 0, 10)))).containsExactly(WatchAndWarning.ID);
        assertThat(queries.handle(new ListArrangementsQuery("RUS", null, null, "DEU", 0, 10)).total())
                .as("Russia's arrangements as Germany may know them").isZero();
    }

    @Test
    void a_list_by_status_answers_the_arrangements_in_it() {
        withTheThreeArrangements();

        assertThat(ids(queries.handle(query(null, ArrangementStatus.TERMINATED, null, 0, 10)))).containsExactly(UsRussia2011.ID);
        assertThat(ids(queries.handle(query(null, ArrangementStatus.IN_FORCE, null, 0, 10)))).containsExactly(EuUsWorkingGroup.ID, WatchAndWarning.ID);
        assertThat(queries.handle(query(null, ArrangementStatus.SUSPENDED, null, 0, 10)).total()).isZero();
    }

    @Test
    void the_search_finds_every_word_ignoring_case_and_accents_at_the_beginning_of_words() {
        withTheThreeArrangements();

        assertThat(ids(queries.handle(query(null, null, "CYBER WATCH", 0, 10)))).containsExactly(WatchAndWarning.ID);
        assertThat(ids(queries.handle(query(null, null, "cyber-crime", 0, 10)))).containsExactly(EuUsWorkingGroup.ID);
        assertThat(ids(queries.handle(query(null, null, "Cyber", 0, 10)))).containsExactly(EuUsWorkingGroup.ID, UsRussia2011.ID, WatchAndWarning.ID);
        assertThat(ids(queries.handle(query(null, null, "  cyberspace\t", 0, 10)))).containsExactly(UsRussia2011.ID);
        assertThat(ids(queries.handle(query(null, null, "CONFIDENCE-BÛILDING", 0, 10)))).containsExactly(UsRussia2011.ID);
        assertThat(queries.handle(query(null, null, "space", 0, 10)).total()).as("inside a word").isZero();
    }

    @Test
    void the_search_looks_in_the_title_the_source_and_the_commitments_but_not_ids_or_parties() {
        withTheThreeArrangements();

        assertThat(ids(queries.handle(query(null, null, "Lisbon", 0, 10)))).as("a source").containsExactly(EuUsWorkingGroup.ID);
        assertThat(queries.handle(query(null, null, UsRussia2011.ID, 0, 10)).total()).as("an id").isZero();
        assertThat(queries.handle(query(null, null, "RUS", 0, 10)).total()).as("a party").isZero();
        assertThat(ids(queries.handle(query(null, null, UsRussia2011.CERT_EXCHANGE.text().split(" ")[2], 0, 10))))
                .as("a commitment").contains(UsRussia2011.ID);
    }

    @Test
    void a_blank_text_matches_every_arrangement_and_punctuation_alone_matches_none() {
        withTheThreeArrangements();

        for (String blank : Arrays.asList(null, "", "   ")) {
            assertThat(queries.handle(query(null, null, blank, 0, 10)).total()).as("text %s", blank).isEqualTo(3);
        }
        assertThat(queries.handle(query(null, null, "(", 0, 10)).total()).isZero();
        assertThat(queries.handle(query(null, null, ".*", 0, 10)).total()).isZero();
    }

    @Test
    void the_filters_combine_and_pages_tell_the_total_of_all_matches() {
        withTheThreeArrangements();

        assertThat(ids(queries.handle(query("USA", ArrangementStatus.IN_FORCE, "cyber", 0, 10)))).containsExactly(EuUsWorkingGroup.ID, WatchAndWarning.ID);
        assertThat(ids(queries.handle(query(null, null, null, 1, 2)))).containsExactly(WatchAndWarning.ID);
        assertThat(queries.handle(query(null, null, null, 5, 2)).items()).isEmpty();
        assertThat(queries.handle(query(null, null, null, 5, 2)).total()).isEqualTo(3);
    }

    @Test
    void thousands_of_arrangements_retitled_and_suspended_list_as_sorting_them_all_would() {
        Random random = new Random(7);
        Map<String, ArrangementDocument> model = new HashMap<>();
        List<String> parties = List.of("USA", "RUS", "DEU", "FRA", "CHN");
        for (int i = 0; i < 3_000; i++) {
            String id = "a-" + i;
            List<String> two = List.of(parties.get(random.nextInt(5)), parties.get((random.nextInt(4) + 1 + i) % 5));
            ArrangementDocument document = recorded(id, randomTitle(random), two.stream().distinct().toList());
            documents.save(document);
            model.put(id, document);
            if (random.nextInt(4) == 0) {
                ArrangementDocument changed = documents.find("a-" + random.nextInt(i + 1)).orElseThrow();
                if (random.nextBoolean()) {
                    changed.amended(randomTitle(random), null);
                } else {
                    changed.statusChanged(ArrangementStatus.SUSPENDED, LocalDate.of(2020, 1, 1), "r", Instant.EPOCH);
                }
                documents.save(changed);
                model.put(changed.id(), changed);
            }
        }
        for (String party : Arrays.asList(null, "USA", "CHN")) {
            for (ArrangementStatus status : Arrays.asList(null, ArrangementStatus.SUSPENDED)) {
                List<String> expected = model.values().stream()
                        .filter(d -> party == null || d.parties().contains(party))
                        .filter(d -> status == null || d.status() == status)
                        .sorted(Comparator.comparing(ArrangementDocument::title).thenComparing(ArrangementDocument::id))
                        .map(ArrangementDocument::id).toList();
                for (int size : new int[]{37, 500}) {
                    List<String> listed = new ArrayList<>();
                    for (int page = 0; page * size < expected.size() + size; page++) {
                        ArrangementPage answer = queries.handle(query(party, status, null, page, size));
                        assertThat(answer.total()).isEqualTo(expected.size());
                        listed.addAll(ids(answer));
                    }
                    assertThat(listed).as("party %s, status %s, size %d", party, status, size).isEqualTo(expected);
                }
            }
        }
        assertThat(listings.directory(ArrangementListing.REGISTRY).orElseThrow().chunks()).as("the list has split").hasSizeGreaterThan(5);
    }

    @Test
    void an_update_cut_short_anywhere_is_finished_by_the_redelivery_and_shows_nothing_twice() {
        // Four hundred fill one chunk of each of the three lists; the next one splits them, in three batches of writes.
        for (int failAt = 0; failAt < 3; failAt++) {
            FailingListings failing = new FailingListings();
            ArrangementListing flaky = new ArrangementListing(failing);
            ArrangementDocuments store = new IndexedArrangementDocuments(new InMemoryArrangementDocuments(), List.of(flaky));
            ArrangementQueries answers = new ArrangementQueries(store, flaky, search, Registry.CLOCK);
            for (int i = 0; i < 400; i++) {
                store.save(recorded(String.format("b-%03d", i), String.format("Title %03d", i), List.of("USA", "RUS")));
            }
            failing.failAfter(failAt);
            ArrangementDocument last = recorded("b-400", "Title 200b", List.of("USA", "RUS"));
            assertThatThrownBy(() -> store.save(last)).isInstanceOf(IllegalStateException.class);
            List<String> halfway = ids(answers.handle(query(null, null, null, 0, 1000)));
            assertThat(halfway).as("failing at write %d", failAt).doesNotHaveDuplicates();

            store.save(last);

            List<String> after = ids(answers.handle(query("RUS", null, null, 0, 1000)));
            assertThat(after).as("failing at write %d", failAt).hasSize(401).doesNotHaveDuplicates();
            assertThat(after.indexOf("b-400")).isEqualTo(201);
            assertThat(failing.directory("party:RUS").orElseThrow().chunks()).hasSize(2);
        }
    }

    private static final class FailingListings implements ArrangementListings {
        private final InMemoryArrangementListings stored = new InMemoryArrangementListings();
        private int writesLeft = Integer.MAX_VALUE;

        void failAfter(int writes) {
            writesLeft = writes;
        }

        private void write() {
            if (--writesLeft < 0) {
                writesLeft = Integer.MAX_VALUE;
                throw new IllegalStateException("the store went away");
            }
        }

        @Override
        public Optional<Directory> directory(String scope) {
            return stored.directory(scope);
        }

        @Override
        public Map<String, Directory> directories(Collection<String> scopes) {
            return stored.directories(scopes);
        }

        @Override
        public void saveDirectories(Collection<Directory> directories) {
            write();
            stored.saveDirectories(directories);
        }

        @Override
        public Map<String, Chunk> chunks(Collection<String> chunkIds) {
            return stored.chunks(chunkIds);
        }

        @Override
        public void saveChunks(Collection<Chunk> chunks) {
            write();
            stored.saveChunks(chunks);
        }

        @Override
        public void deleteAll() {
            stored.deleteAll();
        }
    }

    private static ArrangementDocument recorded(String id, String title, List<String> parties) {
        return ArrangementDocument.recorded(new ArrangementRecorded(id, title, Instrument.OTHER,
                parties.size() == 2 ? ArrangementKind.BILATERAL : ArrangementKind.MULTILATERAL, parties,
                ArrangementStatus.IN_FORCE, LocalDate.of(2020, 1, 1), new SourceReference("s", null)), Instant.EPOCH);
    }

    private static String randomTitle(Random random) {
        return "Arrangement " + (char) ('A' + random.nextInt(26)) + random.nextInt(100_000);
    }

    private static ListArrangementsQuery query(String party, ArrangementStatus status, String text, int page, int size) {
        return new ListArrangementsQuery(party, status, text, page, size);
    }

    private static List<String> ids(ArrangementPage page) {
        return page.items().stream().map(ArrangementSummary::id).toList();
    }
}
