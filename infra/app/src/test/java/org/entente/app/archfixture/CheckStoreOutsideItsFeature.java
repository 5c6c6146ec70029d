package org.entente.app.archfixture;

import org.entente.api.check.CheckStatus;
import org.entente.query.check.CheckDocument;
import org.entente.query.check.CheckDocuments;

import java.util.List;
import java.util.Optional;

/** An adapter of the check feature's storage port, living outside the check feature. */
public class CheckStoreOutsideItsFeature implements CheckDocuments {

    @Override
    public Optional<CheckDocument> find(String checkId) {
        return Optional.empty();
    }

    @Override
    public void save(CheckDocument document) {
    }

    @Override
    public List<CheckDocument> search(String party, CheckStatus status) {
        return List.of();
    }

    @Override
    public void deleteAll() {
    }
}
