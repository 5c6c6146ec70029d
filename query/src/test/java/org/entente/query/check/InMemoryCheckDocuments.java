package org.entente.query.check;

import org.entente.api.check.CheckStatus;
import org.entente.api.check.CheckView;
import org.entente.query.StoredCopy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link CheckDocuments} in a map, keeping and answering copies as a serialising store does; it obeys
 * {@link CheckDocumentsContract}.
 */
public final class InMemoryCheckDocuments implements CheckDocuments {

    private final Map<String, CheckDocument> byId = new TreeMap<>();

    @Override
    public Optional<CheckDocument> find(String checkId) {
        return Optional.ofNullable(byId.get(checkId)).map(StoredCopy::of);
    }

    @Override
    public void save(CheckDocument document) {
        byId.put(document.id(), StoredCopy.of(document));
    }

    @Override
    public List<CheckDocument> search(String party, CheckStatus status) {
        return byId.values().stream()
                .filter(d -> party == null || involves(d.toView(), party))
                .filter(d -> status == null || d.status() == status)
                .map(StoredCopy::of)
                .toList();
    }

    @Override
    public void deleteAll() {
        byId.clear();
    }

    /** Everything stored, in id order. */
    public List<CheckDocument> all() {
        return byId.values().stream().map(StoredCopy::of).toList();
    }

    private static boolean involves(CheckView check, String party) {
        return party.equals(check.fromParty()) || party.equals(check.toParty());
    }
}
