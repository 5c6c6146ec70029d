package org.entente.query.party;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.AbstractRedeliveryTest;

import java.util.List;

class PartyLedgerProjectionRedeliveryTest extends AbstractRedeliveryTest {

    @Override
    protected Fold emptyFold() {
        InMemoryPartyLedger ledger = new InMemoryPartyLedger();
        return Fold.of(new PartyLedgerProjection(ledger), ledger::all);
    }

    @Override
    protected List<List<DomainEventMessage<?>>> scenarios() {
        return List.of(EventStream.inRecordingOrder(UsRussia2011.history(), EuUsWorkingGroup.history(), WatchAndWarning.history()));
    }
}
