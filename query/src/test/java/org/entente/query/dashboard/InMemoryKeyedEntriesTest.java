package org.entente.query.dashboard;

class InMemoryKeyedEntriesTest implements KeyedEntriesContract {

    @Override
    public KeyedEntries<ArrangementMonth> emptyMonths() {
        return new InMemoryKeyedEntries<>();
    }

    @Override
    public KeyedEntries<AddressedPaper> emptyPapers() {
        return new InMemoryKeyedEntries<>();
    }
}
