package org.entente.query.check;

import org.entente.api.check.CheckStatus;
import org.entente.query.InMemoryCollection;

import java.util.List;
import java.util.Optional;

/**
 * {@link CheckDocuments} in memory, keeping and answering copies as a serialising store does; it obeys
 * {@link CheckDocumentsContract}.
 */
public final class InMemoryCheckDocuments implements CheckDocuments {

    private final InMemoryCollection<CheckDocument> documents = new InMemoryCollection<>(CheckDocument::id);

    @Override
    public Optional<CheckDocument> find(String checkId) {
        return documents.find(checkId);
    }

    @Override
    public void save(CheckDocument document) {
        documents.save(document);
    }

    @Override
    public List<CheckDocument> search(String party, CheckStatus status) {
        return documents.matching(d -> (party == null || party.equals(d.fromParty()) || party.equals(d.toParty()))
                && (status == null || d.status() == status));
    }

    @Override
    public void deleteAll() {
        documents.deleteAll();
    }

    /** Everything stored, in id order. */
    public List<CheckDocument> all() {
        return documents.all();
    }
}
