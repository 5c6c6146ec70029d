package org.entente.query.paper;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.query.AbstractRedeliveryTest;
import org.entente.query.Variants;

import java.util.List;

class PaperProjectionRedeliveryTest extends AbstractRedeliveryTest {

    @Override
    protected Fold emptyFold() {
        InMemoryPaperDocuments documents = new InMemoryPaperDocuments();
        return Fold.of(new PaperProjection(documents), documents::all);
    }

    @Override
    protected List<List<DomainEventMessage<?>>> scenarios() {
        return List.of(EventStream.inRecordingOrder(UsRussia2011.history(), EuUsWorkingGroup.history()),
                Variants.usRussiaWithRevisedPaper().messages());
    }
}
