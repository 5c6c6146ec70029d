package org.entente.query.contact;

import org.entente.api.contact.ContactRole;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The contact documents together with the read models derived from them: each change updates the indexes
 * first and stores the document last, so a crash in between is mended by the redelivered event.
 */
public final class IndexedContactDocuments implements ContactDocuments {

    private final ContactDocuments stored;
    private final List<ContactIndex> indexes;

    public IndexedContactDocuments(ContactDocuments stored, List<ContactIndex> indexes) {
        this.stored = stored;
        this.indexes = List.copyOf(indexes);
    }

    @Override
    public Optional<ContactDocument> find(String id) {
        return stored.find(id);
    }

    @Override
    public List<ContactDocument> findAll(Collection<String> ids) {
        return stored.findAll(ids);
    }

    @Override
    public void save(ContactDocument document) {
        ContactDocument before = indexes.isEmpty() ? null : stored.find(document.id()).orElse(null);
        indexes.forEach(index -> index.update(before, document));
        stored.save(document);
    }

    @Override
    public List<ContactDocument> search(String party, ContactRole role, String arrangementId) {
        return stored.search(party, role, arrangementId);
    }

    @Override
    public void deleteAll() {
        indexes.forEach(ContactIndex::clear);
        stored.deleteAll();
    }
}
