package org.entente.query.party;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The ledger as a map from party to the arrangements it owes something in. */
final class InMemoryPartyLedger implements PartyLedger {

    private final Map<String, Set<String>> arrangementsByParty = new HashMap<>();

    @Override
    public void recordObligation(String party, String arrangementId) {
        arrangementsByParty.computeIfAbsent(party, p -> new LinkedHashSet<>()).add(arrangementId);
    }

    @Override
    public Set<String> arrangementsOwedBy(String party) {
        return Set.copyOf(arrangementsByParty.getOrDefault(party, Set.of()));
    }

    @Override
    public void deleteAll() {
        arrangementsByParty.clear();
    }
}
