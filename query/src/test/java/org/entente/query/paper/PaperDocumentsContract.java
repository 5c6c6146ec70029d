package org.entente.query.paper;

import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PaperDocuments} promises, for the in-memory store and the MongoDB adapter alike: an
 * implementation's test implements this interface. Lists come in no particular order; documents are
 * compared field by field.
 */
public interface PaperDocumentsContract {

    String US_PAPER = PaperDocument.idOf(UsRussia2011.ID, UsRussia2011.US_PAPER);
    String RUS_PAPER = PaperDocument.idOf(UsRussia2011.ID, UsRussia2011.RUS_PAPER);
    String EU_STRATEGY = PaperDocument.idOf(EuUsWorkingGroup.ID, EuUsWorkingGroup.EU_STRATEGY);

    /** A store with nothing in it; each test asks once. */
    PaperDocuments emptyStore();

    @Test
    default void finding_a_paper_never_saved_answers_nothing() {
        assertThat(emptyStore().find(US_PAPER)).isEmpty();
    }

    @Test
    default void a_saved_paper_is_found_by_its_id_whole() {
        PaperDocuments store = emptyStore();
        PaperDocument usPaper = usPaperAcknowledgedAndSuperseded();

        store.save(usPaper);

        assertThat(store.find(US_PAPER)).get().usingRecursiveComparison().isEqualTo(usPaper);
    }

    @Test
    default void saving_a_paper_under_a_known_id_replaces_it() {
        PaperDocuments store = emptyStore();
        store.save(PaperDocument.submitted(UsRussia2011.usPaperSubmitted()));

        store.save(usPaperAcknowledgedAndSuperseded());

        assertThat(store.find(US_PAPER)).get().usingRecursiveComparison().isEqualTo(usPaperAcknowledgedAndSuperseded());
        assertThat(store.ofArrangement(UsRussia2011.ID)).hasSize(1);
    }

    @Test
    default void a_change_to_a_paper_is_stored_only_when_the_paper_is_saved() {
        PaperDocuments store = emptyStore();
        PaperDocument saved = PaperDocument.submitted(UsRussia2011.usPaperSubmitted());
        store.save(saved);

        saved.acknowledged("RUS", UsRussia2011.RUS_RECEIVED_US_PAPER);
        store.find(US_PAPER).orElseThrow().superseded(UsRussia2011.US_PAPER_REVISED);

        assertThat(store.find(US_PAPER).orElseThrow().toView().acknowledgements()).isEmpty();
        assertThat(store.find(US_PAPER).orElseThrow().toView().supersededBy()).isNull();
    }

    @Test
    default void the_papers_of_an_arrangement_are_those_handed_over_under_it() {
        PaperDocuments store = withThreePapers();

        assertThat(ids(store.ofArrangement(UsRussia2011.ID))).containsExactlyInAnyOrder(US_PAPER, RUS_PAPER);
        assertThat(ids(store.ofArrangement(EuUsWorkingGroup.ID))).containsExactly(EU_STRATEGY);
        assertThat(store.ofArrangement(WatchAndWarning.ID)).isEmpty();
    }

    @Test
    default void the_papers_addressed_to_a_party_are_found_acknowledged_or_not() {
        PaperDocuments store = withThreePapers();

        assertThat(ids(store.addressedTo("USA"))).as("Russia's acknowledged, the EU's not")
                .containsExactlyInAnyOrder(RUS_PAPER, EU_STRATEGY);
        assertThat(ids(store.addressedTo("RUS"))).containsExactly(US_PAPER);
        assertThat(store.addressedTo("EU")).as("its own paper is not addressed to it").isEmpty();
    }

    @Test
    default void the_papers_a_search_answers_are_whole() {
        PaperDocuments store = emptyStore();
        store.save(usPaperAcknowledgedAndSuperseded());

        assertThat(store.addressedTo("RUS")).singleElement().usingRecursiveComparison()
                .isEqualTo(usPaperAcknowledgedAndSuperseded());
        assertThat(store.ofArrangement(UsRussia2011.ID)).singleElement().usingRecursiveComparison()
                .isEqualTo(usPaperAcknowledgedAndSuperseded());
    }

    @Test
    default void deleting_all_forgets_every_paper() {
        PaperDocuments store = withThreePapers();

        store.deleteAll();

        assertThat(store.find(US_PAPER)).isEmpty();
        assertThat(store.ofArrangement(UsRussia2011.ID)).isEmpty();
        assertThat(store.addressedTo("USA")).isEmpty();
    }

    private PaperDocuments withThreePapers() {
        PaperDocuments store = emptyStore();
        PaperDocument rusPaper = PaperDocument.submitted(UsRussia2011.rusPaperSubmitted());
        rusPaper.acknowledged("USA", UsRussia2011.USA_RECEIVED_RUS_PAPER);
        List.of(usPaperAcknowledgedAndSuperseded(), rusPaper, PaperDocument.submitted(EuUsWorkingGroup.euStrategySubmitted()))
                .forEach(store::save);
        return store;
    }

    private static PaperDocument usPaperAcknowledgedAndSuperseded() {
        PaperDocument document = PaperDocument.submitted(UsRussia2011.usPaperSubmitted());
        document.acknowledged("RUS", UsRussia2011.RUS_RECEIVED_US_PAPER);
        document.superseded(UsRussia2011.US_PAPER_REVISED);
        return document;
    }

    private static List<String> ids(List<PaperDocument> documents) {
        return documents.stream().map(PaperDocument::id).toList();
    }
}
