package org.entente.query.dashboard;

import org.entente.query.contact.ContactDocument;
import org.entente.query.contact.ContactIndex;

import java.util.List;

/**
 * Keeps, per party, the points of contact it has designated under any arrangement, so that a scorecard reads a
 * party's contacts by id rather than by searching the directory. A contact never changes its party, so it is
 * entered once, when it is designated; retired ones stay, since a past day may ask for them.
 */
public final class PartyContactsIndex implements ContactIndex {

    private final KeyedEntries<ContactRef> contacts;

    public PartyContactsIndex(KeyedEntries<ContactRef> contacts) {
        this.contacts = contacts;
    }

    @Override
    public void update(ContactDocument before, ContactDocument after) {
        if (before == null) {
            contacts.write(List.of(new KeyedEntries.Change<>(after.party(), DashboardScopes.key(after.id()), new ContactRef(after.id()))));
        }
    }

    @Override
    public void clear() {
        contacts.deleteAll();
    }
}
