package org.entente.query.check;

import org.entente.api.check.CheckStatus;
import org.entente.api.fixtures.CheckTerms;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.api.fixtures.UsRussia2011.RUS_CHECKS_USA_HOTLINE;
import static org.entente.api.fixtures.WatchAndWarning.DEU_CHECKS_USA_WATCH;
import static org.entente.api.fixtures.WatchAndWarning.USA_CHECKS_DEU_WATCH;
import static org.entente.api.fixtures.WatchAndWarning.USA_CHECKS_DEU_WATCH_AGAIN;

/**
 * What every {@link CheckDocuments} promises, for the in-memory store and the MongoDB adapter alike: an
 * implementation's test implements this interface. A search finds the checks a party made or received
 * with a status, a null filter matching all, in no particular order. Documents are compared field by field.
 */
public interface CheckDocumentsContract {

    /** A store with nothing in it; each test asks once. */
    CheckDocuments emptyStore();

    @Test
    default void finding_a_check_never_saved_answers_nothing() {
        assertThat(emptyStore().find(USA_CHECKS_DEU_WATCH.id())).isEmpty();
    }

    @Test
    default void a_saved_check_is_found_by_its_id_whole() {
        CheckDocuments store = emptyStore();
        CheckDocument answered = answered();

        store.save(answered);

        assertThat(store.find(USA_CHECKS_DEU_WATCH.id())).get().usingRecursiveComparison().isEqualTo(answered);
    }

    @Test
    default void saving_a_check_under_a_known_id_replaces_it() {
        CheckDocuments store = emptyStore();
        store.save(pending(USA_CHECKS_DEU_WATCH));

        store.save(answered());

        assertThat(store.find(USA_CHECKS_DEU_WATCH.id())).get().usingRecursiveComparison().isEqualTo(answered());
        assertThat(store.search(null, null)).hasSize(1);
    }

    @Test
    default void a_change_to_a_check_is_stored_only_when_the_check_is_saved() {
        CheckDocuments store = emptyStore();
        CheckDocument saved = pending(USA_CHECKS_DEU_WATCH);
        store.save(saved);

        saved.answered(WatchAndWarning.DEU_WATCH_ANSWERED);
        store.find(USA_CHECKS_DEU_WATCH.id()).orElseThrow().failed(USA_CHECKS_DEU_WATCH.answerBy());

        assertThat(store.find(USA_CHECKS_DEU_WATCH.id()).orElseThrow().status()).isEqualTo(CheckStatus.PENDING);
    }

    @Test
    default void a_search_without_filters_answers_every_check() {
        assertThat(ids(withFourChecks().search(null, null))).containsExactlyInAnyOrder(RUS_CHECKS_USA_HOTLINE.id(),
                USA_CHECKS_DEU_WATCH.id(), DEU_CHECKS_USA_WATCH.id(), USA_CHECKS_DEU_WATCH_AGAIN.id());
    }

    @Test
    default void a_search_by_party_answers_the_checks_it_made_or_received() {
        CheckDocuments store = withFourChecks();

        assertThat(ids(store.search("RUS", null))).containsExactly(RUS_CHECKS_USA_HOTLINE.id());
        assertThat(ids(store.search("DEU", null))).containsExactlyInAnyOrder(USA_CHECKS_DEU_WATCH.id(),
                DEU_CHECKS_USA_WATCH.id(), USA_CHECKS_DEU_WATCH_AGAIN.id());
        assertThat(store.search("USA", null)).hasSize(4);
        assertThat(store.search("CHN", null)).isEmpty();
    }

    @Test
    default void a_search_by_status_answers_the_checks_in_it() {
        CheckDocuments store = withFourChecks();

        assertThat(ids(store.search(null, CheckStatus.ANSWERED)))
                .containsExactlyInAnyOrder(RUS_CHECKS_USA_HOTLINE.id(), USA_CHECKS_DEU_WATCH.id());
        assertThat(ids(store.search(null, CheckStatus.FAILED))).containsExactly(DEU_CHECKS_USA_WATCH.id());
        assertThat(ids(store.search(null, CheckStatus.PENDING))).containsExactly(USA_CHECKS_DEU_WATCH_AGAIN.id());
    }

    @Test
    default void the_filters_combine() {
        CheckDocuments store = withFourChecks();

        assertThat(ids(store.search("DEU", CheckStatus.ANSWERED))).containsExactly(USA_CHECKS_DEU_WATCH.id());
        assertThat(store.search("RUS", CheckStatus.FAILED)).isEmpty();
    }

    @Test
    default void the_checks_a_search_answers_are_whole() {
        assertThat(withFourChecks().search("DEU", CheckStatus.ANSWERED)).singleElement()
                .usingRecursiveComparison().isEqualTo(answered());
    }

    @Test
    default void deleting_all_forgets_every_check() {
        CheckDocuments store = withFourChecks();

        store.deleteAll();

        assertThat(store.find(USA_CHECKS_DEU_WATCH.id())).isEmpty();
        assertThat(store.search(null, null)).isEmpty();
    }

    private CheckDocuments withFourChecks() {
        CheckDocuments store = emptyStore();
        CheckDocument hotline = pending(RUS_CHECKS_USA_HOTLINE);
        hotline.answered(UsRussia2011.USA_HOTLINE_ANSWERED);
        CheckDocument unanswered = pending(DEU_CHECKS_USA_WATCH);
        unanswered.failed(DEU_CHECKS_USA_WATCH.answerBy());
        List.of(hotline, answered(), unanswered, pending(USA_CHECKS_DEU_WATCH_AGAIN)).forEach(store::save);
        return store;
    }

    private static CheckDocument answered() {
        CheckDocument document = pending(USA_CHECKS_DEU_WATCH);
        document.answered(WatchAndWarning.DEU_WATCH_ANSWERED);
        return document;
    }

    private static CheckDocument pending(CheckTerms check) {
        return CheckDocument.initiated(check.initiated());
    }

    private static List<String> ids(List<CheckDocument> documents) {
        return documents.stream().map(CheckDocument::id).toList();
    }
}
