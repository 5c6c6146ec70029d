package org.entente.query.contact;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.AbstractRedeliveryTest;
import org.entente.query.CheckStreams;

import java.util.List;

class ContactDirectoryProjectionRedeliveryTest extends AbstractRedeliveryTest {

    @Override
    protected Fold emptyFold() {
        InMemoryContactDocuments documents = new InMemoryContactDocuments();
        return Fold.of(new ContactDirectoryProjection(documents), documents::all);
    }

    /** The arrangements' streams and the checks' own streams, as the whole store delivers them. */
    @Override
    protected List<List<DomainEventMessage<?>>> scenarios() {
        return List.of(EventStream.inRecordingOrder(CheckStreams.besides(UsRussia2011.history(), WatchAndWarning.history())));
    }
}
