package org.entente.query.arrangement;

/**
 * A read model shaped for one question, derived from the arrangement documents and kept in step with
 * every change to one of them (see {@link IndexedArrangementDocuments}).
 */
public interface ArrangementIndex {

    /**
     * Brings the index in line with a document that is about to be stored. Delivery is at-least-once and
     * the document is stored after its indexes, so the same call may come again: it must be idempotent.
     *
     * @param before the document as stored until now, null for a new arrangement
     */
    void update(ArrangementDocument before, ArrangementDocument after);

    void clear();
}
