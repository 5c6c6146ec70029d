package org.entente.query.check;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.AbstractRedeliveryTest;

import java.util.List;
import java.util.stream.Stream;

class CheckProjectionRedeliveryTest extends AbstractRedeliveryTest {

    @Override
    protected Class<?> projectionType() {
        return CheckProjection.class;
    }

    @Override
    protected Fold emptyFold() {
        InMemoryCheckDocuments documents = new InMemoryCheckDocuments();
        return Fold.of(new CheckProjection(documents), documents::all);
    }

    @Override
    protected List<List<DomainEventMessage<?>>> scenarios() {
        return List.of(EventStream.inRecordingOrder(Stream.concat(UsRussia2011.checks().stream(), WatchAndWarning.checks().stream())
                .toArray(EventStream[]::new)));
    }
}
