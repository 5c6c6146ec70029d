package org.entente.query.party;

class InMemoryPartyLedgerTest implements PartyLedgerContract {

    @Override
    public PartyLedger emptyLedger() {
        return new InMemoryPartyLedger();
    }
}
