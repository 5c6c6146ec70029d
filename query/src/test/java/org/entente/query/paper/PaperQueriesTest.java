package org.entente.query.paper;

import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.FindOutstandingAcknowledgementsQuery;
import org.entente.api.paper.FindPaperQuery;
import org.entente.api.paper.FindPapersQuery;
import org.entente.api.paper.PaperView;
import org.entente.query.Delivery;
import org.entente.query.Variants;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PaperQueriesTest {

    private final InMemoryPaperDocuments documents = new InMemoryPaperDocuments();
    private final PaperProjection projection = new PaperProjection(documents);
    private final PaperQueries queries = new PaperQueries(documents);

    @Test
    void the_papers_of_an_arrangement_come_in_the_order_handed_over_with_each_acknowledgement() {
        fold(UsRussia2011.history(), EuUsWorkingGroup.history());

        assertThat(queries.handle(new FindPapersQuery(UsRussia2011.ID)).items())
                .extracting(PaperView::id, PaperView::fromParty, PaperView::acknowledgements, PaperView::outstanding)
                .containsExactly(
                        tuple(UsRussia2011.US_PAPER, "USA", Map.of("RUS", UsRussia2011.RUS_RECEIVED_US_PAPER), List.of()),
                        tuple(UsRussia2011.RUS_PAPER, "RUS", Map.of("USA", UsRussia2011.USA_RECEIVED_RUS_PAPER), List.of()));
    }

    @Test
    void a_paper_keeps_what_it_was_submitted_with() {
        fold(UsRussia2011.history());

        PaperView usPaper = queries.handle(new FindPapersQuery(UsRussia2011.ID)).items().get(0);

        assertThat(usPaper.sha256()).isEqualTo(UsRussia2011.US_PAPER_SHA256);
        assertThat(usPaper.submittedOn()).isEqualTo(UsRussia2011.US_PAPER_HANDED_OVER);
        assertThat(usPaper.version()).isEqualTo("1");
        assertThat(usPaper.contentStored()).isFalse();
        assertThat(usPaper.supersededBy()).isNull();
    }

    @Test
    void one_paper_is_found_by_its_arrangement_and_id_as_the_list_shows_it() {
        fold(UsRussia2011.history(), EuUsWorkingGroup.history());

        PaperView listed = queries.handle(new FindPapersQuery(UsRussia2011.ID)).items().get(1);

        assertThat(queries.handle(new FindPaperQuery(UsRussia2011.ID, UsRussia2011.RUS_PAPER))).contains(listed);
        assertThat(queries.handle(new FindPaperQuery(EuUsWorkingGroup.ID, UsRussia2011.RUS_PAPER))).isEmpty();
        assertThat(queries.handle(new FindPaperQuery(UsRussia2011.ID, "never-submitted"))).isEmpty();
    }

    @Test
    void a_party_is_shown_the_papers_it_has_not_acknowledged() {
        fold(UsRussia2011.history(), EuUsWorkingGroup.history());

        assertThat(queries.handle(new FindOutstandingAcknowledgementsQuery("USA")).items()).extracting(PaperView::id)
                .containsExactly(EuUsWorkingGroup.EU_STRATEGY);
        assertThat(queries.handle(new FindOutstandingAcknowledgementsQuery("RUS")).items()).isEmpty();
    }

    @Test
    void a_superseded_paper_names_the_paper_that_replaced_it() {
        fold(Variants.usRussiaWithRevisedPaper());

        assertThat(queries.handle(new FindPapersQuery(UsRussia2011.ID)).items())
                .extracting(PaperView::id, PaperView::supersededBy)
                .containsExactly(tuple(UsRussia2011.US_PAPER, UsRussia2011.US_PAPER_REVISED),
                        tuple(UsRussia2011.US_PAPER_REVISED, null));
        assertThat(queries.handle(new FindOutstandingAcknowledgementsQuery("RUS")).items()).extracting(PaperView::id)
                .containsExactly(UsRussia2011.US_PAPER_REVISED);
    }

    @Test
    void an_acknowledgement_of_a_paper_never_submitted_is_refused() {
        Delivery delivery = Delivery.to(projection);

        assertThatThrownBy(() -> delivery.deliver(UsRussia2011.history().messageOf(DoctrinePaperReceiptAcknowledged.class)))
                .rootCause().isInstanceOf(IllegalStateException.class).hasMessageContaining(UsRussia2011.US_PAPER);
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void the_reset_handler_empties_the_store() {
        fold(UsRussia2011.history());

        projection.reset();

        assertThat(documents.all()).isEmpty();
    }

    private void fold(EventStream... histories) {
        Delivery.to(projection).deliverAll(EventStream.inRecordingOrder(histories));
    }
}
