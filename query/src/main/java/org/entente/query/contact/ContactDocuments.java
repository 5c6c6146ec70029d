package org.entente.query.contact;

import org.entente.api.contact.ContactRole;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where point-of-contact documents are kept. Implemented by the infrastructure on MongoDB. */
public interface ContactDocuments {

    Optional<ContactDocument> find(String id);

    /** The documents among these ids that exist, in no particular order. */
    List<ContactDocument> findAll(Collection<String> ids);

    void save(ContactDocument document);

    /** Every document matching the filters (null matches all), whatever its dates. */
    List<ContactDocument> search(String party, ContactRole role, String arrangementId);

    void deleteAll();
}
