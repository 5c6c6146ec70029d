package org.entente.query.contact;

import org.entente.api.contact.ContactRole;
import org.entente.query.InMemoryCollection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link ContactDocuments} in memory, keeping and answering copies as a serialising store does; it obeys
 * {@link ContactDocumentsContract}.
 */
public final class InMemoryContactDocuments implements ContactDocuments {

    private final InMemoryCollection<ContactDocument> documents = new InMemoryCollection<>(ContactDocument::id);

    @Override
    public Optional<ContactDocument> find(String id) {
        return documents.find(id);
    }

    @Override
    public List<ContactDocument> findAll(Collection<String> ids) {
        return documents.matching(d -> ids.contains(d.id()));
    }

    @Override
    public void save(ContactDocument document) {
        documents.save(document);
    }

    @Override
    public List<ContactDocument> search(String party, ContactRole role, String arrangementId) {
        return documents.matching(d -> (party == null || party.equals(d.party()))
                && (role == null || role == d.role())
                && (arrangementId == null || arrangementId.equals(d.arrangementId())));
    }

    @Override
    public void deleteAll() {
        documents.deleteAll();
    }

    /** Everything stored, in id order. */
    public List<ContactDocument> all() {
        return documents.all();
    }
}
