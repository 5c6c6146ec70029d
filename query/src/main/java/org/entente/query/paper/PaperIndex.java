package org.entente.query.paper;

/**
 * A read model shaped for one question, derived from the paper documents and kept in step with every change
 * to one of them (see {@link IndexedPaperDocuments}).
 */
public interface PaperIndex {

    /**
     * Brings the index in line with a document that is about to be stored. The document is stored after its
     * indexes and delivery is at-least-once, so the same call may come again: it must be idempotent.
     *
     * @param before the document as stored until now, null for a new paper
     */
    void update(PaperDocument before, PaperDocument after);

    void clear();
}
