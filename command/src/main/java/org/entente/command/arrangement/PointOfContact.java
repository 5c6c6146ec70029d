package org.entente.command.arrangement;

import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.PointOfContactDesignated;

import java.time.LocalDate;
import java.util.Objects;

/** What the aggregate remembers of one point of contact to decide on the next command about it. */
final class PointOfContact {

    /** Kept whole so that a retried designation with the same content can be recognised as a retry. */
    final PointOfContactDesignated designated;
    ContactDetails details;
    LocalDate lastChangedOn;
    boolean retired;

    private PointOfContact() {
        // for snapshot deserialization
        this.designated = null;
    }

    PointOfContact(PointOfContactDesignated designated) {
        this.designated = designated;
        this.details = designated.details();
        this.lastChangedOn = designated.effectiveOn();
    }

    boolean holds(String party, ContactRole role) {
        return !retired && designated.party().equals(party) && designated.role() == role;
    }

    // Value equality lets Axon's fixtures compare the state built by commands with the state rebuilt from events.
    @Override
    public boolean equals(Object other) {
        return other instanceof PointOfContact that && designated.equals(that.designated)
                && Objects.equals(details, that.details) && Objects.equals(lastChangedOn, that.lastChangedOn)
                && retired == that.retired;
    }

    @Override
    public int hashCode() {
        return Objects.hash(designated, details, lastChangedOn, retired);
    }
}
