package org.entente.query.check;

import org.entente.api.check.CheckStatus;

import java.util.List;
import java.util.Optional;

/** Where check documents are kept. Implemented by the infrastructure on MongoDB. */
public interface CheckDocuments {

    Optional<CheckDocument> find(String checkId);

    void save(CheckDocument document);

    /** Checks involving the party (either side) with the status; null matches all. */
    List<CheckDocument> search(String party, CheckStatus status);

    void deleteAll();
}
