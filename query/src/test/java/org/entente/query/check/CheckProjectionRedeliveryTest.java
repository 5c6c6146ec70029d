package org.entente.query.check;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.fixtures.EventStream;
import org.entente.query.AbstractRedeliveryTest;
import org.entente.query.CheckStreams;

import java.util.List;

class CheckProjectionRedeliveryTest extends AbstractRedeliveryTest {

    @Override
    protected Fold emptyFold() {
        InMemoryCheckDocuments documents = new InMemoryCheckDocuments();
        return Fold.of(new CheckProjection(documents), documents::all);
    }

    @Override
    protected List<List<DomainEventMessage<?>>> scenarios() {
        return List.of(EventStream.inRecordingOrder(CheckStreams.all()));
    }
}
