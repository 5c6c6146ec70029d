package org.entente.query.arrangement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where arrangement documents are kept. Implemented by the infrastructure on MongoDB. */
public interface ArrangementDocuments {

    Optional<ArrangementDocument> find(String arrangementId);

    /** The documents with these ids that exist, in no particular order. */
    List<ArrangementDocument> findAll(Collection<String> arrangementIds);

    /**
     * What a list needs of the documents with these ids that exist (title, status, parties), without reading
     * them whole; in no particular order.
     */
    List<ArrangementListings.Entry> outlines(Collection<String> arrangementIds);

    /** Inserts or replaces the document with the same id. */
    void save(ArrangementDocument document);

    void deleteAll();
}
