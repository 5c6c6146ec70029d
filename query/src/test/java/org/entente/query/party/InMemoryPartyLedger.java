package org.entente.query.party;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@link PartyLedger} as a map from party to the arrangements it owes something in; it obeys {@link PartyLedgerContract}. */
public final class InMemoryPartyLedger implements PartyLedger {

    private final Map<String, Set<String>> arrangementsByParty = new TreeMap<>();

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

    /** Every party's arrangements, both in sorted order. */
    public Map<String, Set<String>> all() {
        Map<String, Set<String>> all = new TreeMap<>();
        arrangementsByParty.forEach((party, arrangements) -> all.put(party, new TreeSet<>(arrangements)));
        return all;
    }
}
