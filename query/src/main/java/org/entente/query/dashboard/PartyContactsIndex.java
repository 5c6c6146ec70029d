package org.entente.query.dashboard;

import org.entente.query.contact.ContactDocument;
import org.entente.query.contact.ContactIndex;

import java.util.List;

/**
 * Keeps, per party, the points of contact it has designated under any arrangement, each with what a scorecard of
 * today judges it by, so that a scorecard reads one small document per party rather than every contact document. A
 * contact never changes its party; its entry is rewritten whenever those facts change (a retirement, a check's
 * outcome). Retired ones stay, since a past day may ask for them.
 */
public final class PartyContactsIndex implements ContactIndex {

    private final KeyedEntries<ContactRef> contacts;

    public PartyContactsIndex(KeyedEntries<ContactRef> contacts) {
        this.contacts = contacts;
    }

    @Override
    public void update(ContactDocument before, ContactDocument after) {
        ContactRef entry = ContactRef.of(after);
        if (before == null || !ContactRef.of(before).equals(entry)) {
            contacts.write(List.of(new KeyedEntries.Change<>(after.party(), DashboardScopes.key(after.id()), entry)));
        }
    }

    @Override
    public void clear() {
        contacts.deleteAll();
    }
}
