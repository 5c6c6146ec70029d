package org.entente.query.arrangement;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.AbstractRedeliveryTest;
import org.entente.query.Delivery;
import org.entente.query.Variants;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArrangementProjectionRedeliveryTest extends AbstractRedeliveryTest {

    @Override
    protected Fold emptyFold() {
        InMemoryArrangementDocuments documents = new InMemoryArrangementDocuments();
        return Fold.of(new ArrangementProjection(documents), documents::all);
    }

    @Override
    protected List<List<DomainEventMessage<?>>> scenarios() {
        return List.of(
                EventStream.inRecordingOrder(UsRussia2011.history(), EuUsWorkingGroup.history(), WatchAndWarning.history()),
                Variants.watchAndWarningNegotiatedInBerlin().messages(),
                Variants.usRussiaWithRevisedPaper().messages());
    }

    @Test
    void a_rebuild_after_a_reset_comes_out_the_same() {
        List<DomainEventMessage<?>> everything = scenarios().get(0);
        InMemoryArrangementDocuments documents = new InMemoryArrangementDocuments();
        ArrangementProjection projection = new ArrangementProjection(documents);
        Delivery.to(projection).deliverAll(everything);
        List<ArrangementDocument> before = documents.all();

        projection.reset();
        Delivery.to(projection).deliverAll(everything);

        assertThat(documents.all()).usingRecursiveComparison().isEqualTo(before);
    }
}
