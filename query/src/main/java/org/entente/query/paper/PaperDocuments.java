package org.entente.query.paper;

import java.util.List;
import java.util.Optional;

/** Where paper documents are kept. Implemented by the infrastructure on MongoDB. */
public interface PaperDocuments {

    Optional<PaperDocument> find(String id);

    void save(PaperDocument document);

    List<PaperDocument> ofArrangement(String arrangementId);

    /** Papers that name {@code party} among their addressees, acknowledged or not. */
    List<PaperDocument> addressedTo(String party);

    void deleteAll();
}
