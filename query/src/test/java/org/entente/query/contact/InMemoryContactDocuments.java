package org.entente.query.contact;

import org.entente.api.contact.ContactRole;
import org.entente.query.StoredCopy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link ContactDocuments} in a map, keeping and answering copies as a serialising store does; it obeys
 * {@link ContactDocumentsContract}.
 */
public final class InMemoryContactDocuments implements ContactDocuments {

    private final Map<String, ContactDocument> byId = new TreeMap<>();

    @Override
    public Optional<ContactDocument> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(StoredCopy::of);
    }

    @Override
    public void save(ContactDocument document) {
        byId.put(document.id(), StoredCopy.of(document));
    }

    @Override
    public List<ContactDocument> search(String party, ContactRole role, String arrangementId) {
        return byId.values().stream()
                .filter(d -> party == null || party.equals(d.party()))
                .filter(d -> role == null || role == d.role())
                .filter(d -> arrangementId == null || arrangementId.equals(d.arrangementId()))
                .map(StoredCopy::of)
                .toList();
    }

    @Override
    public void deleteAll() {
        byId.clear();
    }

    /** Everything stored, in id order. */
    public List<ContactDocument> all() {
        return search(null, null, null);
    }
}
