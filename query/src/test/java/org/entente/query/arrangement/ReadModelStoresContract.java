package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.query.arrangement.ArrangementListings.Chunk;
import org.entente.query.arrangement.ArrangementListings.ChunkRef;
import org.entente.query.arrangement.ArrangementListings.Directory;
import org.entente.query.arrangement.ArrangementListings.Entry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the stores behind the arrangement lists and the search promise, in memory and on MongoDB alike:
 * an implementation's test implements this interface. Ids hold characters a store might trip on.
 */
public interface ReadModelStoresContract {

    ArrangementListings emptyListings();

    SearchTokens emptySearchTokens();

    @Test
    default void a_saved_directory_and_chunk_are_read_back_whole() {
        ArrangementListings listings = emptyListings();
        Entry entry = new Entry("Réunion: \"$set\" {a.b}", "id.with.dots/and$dollar", ArrangementStatus.SUSPENDED, List.of("USA", "RUS"));
        Directory directory = new Directory("party:USA", 3, List.of(new ChunkRef("party:USA#0", null, null, Map.of()),
                new ChunkRef("party:USA#2", entry.title(), entry.id(), Map.of(ArrangementStatus.SUSPENDED, 1))));

        listings.saveDirectories(List.of(directory, new Directory("party:RUS", 1, List.of())));
        listings.saveChunks(List.of(new Chunk("party:USA#2", List.of(entry)), new Chunk("party:USA#0", List.of())));

        assertThat(listings.directory("party:USA")).contains(directory);
        assertThat(listings.directory("party:CHN")).isEmpty();
        assertThat(listings.directories(List.of("party:USA", "party:CHN", "party:RUS"))).containsOnlyKeys("party:USA", "party:RUS");
        assertThat(listings.chunks(List.of("party:USA#2", "party:USA#9"))).containsOnlyKeys("party:USA#2")
                .containsEntry("party:USA#2", new Chunk("party:USA#2", List.of(entry)));
    }

    @Test
    default void saving_a_chunk_again_replaces_it_and_deleting_all_forgets_everything() {
        ArrangementListings listings = emptyListings();
        listings.saveChunks(List.of(new Chunk("registry#0", List.of(new Entry("A", "a", ArrangementStatus.IN_FORCE, List.of("USA"))))));
        listings.saveChunks(List.of(new Chunk("registry#0", List.of())));
        listings.saveDirectories(List.of(new Directory("registry", 1, List.of(new ChunkRef("registry#0", null, null, Map.of())))));

        assertThat(listings.chunks(List.of("registry#0")).get("registry#0").entries()).isEmpty();
        listings.deleteAll();
        assertThat(listings.chunks(List.of("registry#0"))).isEmpty();
        assertThat(listings.directory("registry")).isEmpty();
    }

    @Test
    default void search_keys_answer_the_arrangements_holding_all_of_them_and_a_change_repeated_changes_nothing() {
        SearchTokens tokens = emptySearchTokens();
        tokens.change("us-ru", List.of("cyber", "hotline"), List.of());
        tokens.change("eu.us", List.of("cyber", "crime"), List.of());
        tokens.change("eu.us", List.of("cyber", "crime"), List.of());

        assertThat(tokens.arrangementsWithAll(List.of("cyber"))).isEqualTo(Set.of("us-ru", "eu.us"));
        assertThat(tokens.arrangementsWithAll(List.of("cyber", "crime"))).isEqualTo(Set.of("eu.us"));
        assertThat(tokens.arrangementsWithAll(List.of("cyber", "unknown"))).isEmpty();

        tokens.change("us-ru", List.of(), List.of("hotline", "never-held"));
        tokens.change("us-ru", List.of(), List.of("hotline"));
        assertThat(tokens.arrangementsWithAll(List.of("hotline"))).isEmpty();
        tokens.deleteAll();
        assertThat(tokens.arrangementsWithAll(List.of("cyber"))).isEmpty();
    }
}
