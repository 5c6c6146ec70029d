package org.entente.query.arrangement;

class InMemoryReadModelStoresTest implements ReadModelStoresContract {

    @Override
    public ArrangementListings emptyListings() {
        return new InMemoryArrangementListings();
    }

    @Override
    public SearchTokens emptySearchTokens() {
        return new InMemorySearchTokens();
    }
}
