package org.entente.command.contact;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.DesignatePointOfContact;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.contact.PointOfContactRetired;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.contact.UpdatePointOfContact;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.entente.command.shared.DatePolicy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who a party designated for a role under an arrangement, an entity of the {@code Arrangement}
 * aggregate. Its details change by versions, never by overwriting; a retirement is final.
 */
public class PointOfContact {

    @EntityId
    private String contactId;
    /** Kept whole so that a retried designation with the same content is recognised as a retry. */
    private PointOfContactDesignated designated;
    private ContactDetails details;
    private LocalDate lastChangedOn;
    private boolean retired;
    /** The last update and the retirement, kept whole so that the same change sent again is recognised as a retry. */
    private PointOfContactUpdated lastUpdate;
    private PointOfContactRetired retirement;

    private PointOfContact() {
        // for snapshots
    }

    public PointOfContact(PointOfContactDesignated designated) {
        this.contactId = designated.contactId();
        this.designated = designated;
        this.details = designated.details();
        this.lastChangedOn = designated.effectiveOn();
    }

    /** The designation a command asks for; its details were found reachable ({@link ContactRules}). */
    public static PointOfContactDesignated designation(DesignatePointOfContact command, LocalDate effectiveOn) {
        return new PointOfContactDesignated(command.arrangementId(), command.contactId(), command.party(), command.role(),
                command.details(), effectiveOn);
    }

    /** Without a date, a retry takes the first designation's date, so a retry on a later day is still the same. */
    public boolean isRetryOf(DesignatePointOfContact command) {
        return designated.party().equals(command.party()) && designated.role() == command.role()
                && designated.details().equals(command.details())
                && (command.effectiveOn() == null || command.effectiveOn().equals(designated.effectiveOn()));
    }

    /** The update asks for the details the last update set, which are still the contact's. */
    public boolean isRetryOf(UpdatePointOfContact command) {
        return lastUpdate != null && lastUpdate.after().equals(details) && details.equals(detailsAfter(command))
                && (command.effectiveOn() == null || command.effectiveOn().equals(lastUpdate.effectiveOn()));
    }

    public boolean isRetryOfRetirement(String reason, LocalDate effectiveOn) {
        return retirement != null && retirement.reason().equals(reason) && retirement.effectiveOn().equals(effectiveOn);
    }

    public String id() {
        return contactId;
    }

    public String party() {
        return designated.party();
    }

    /** A party checks another party's point of contact, not its own; answers the party checked. */
    public String checkedBy(String checker) {
        if (checker.equals(party())) {
            throw new RuleViolation(Rule.CHECK_OF_OWN_CONTACT, "fromParty", "'" + checker + "' cannot check its own point of contact");
        }
        return party();
    }

    public boolean holds(String party, ContactRole role) {
        return !retired && designated.party().equals(party) && designated.role() == role;
    }

    public void requireActive() {
        if (retired) {
            throw new RuleViolation(Rule.CONTACT_RETIRED, "Point of contact '" + contactId + "' is retired; that is final");
        }
    }

    public PointOfContactUpdated update(UpdatePointOfContact command, DatePolicy dates) {
        ContactDetails after = detailsAfter(command);
        List<String> changed = ContactRules.changedFields(details, after);
        if (changed.isEmpty()) {
            throw new RuleViolation(Rule.NOTHING_TO_UPDATE, "The update leaves every detail of '" + contactId + "' as it is");
        }
        ContactRules.requireReachable(after);
        LocalDate effectiveOn = effectiveAfterLastChange(command.effectiveOn() != null ? command.effectiveOn() : dates.today(), dates);
        return new PointOfContactUpdated(designated.arrangementId(), contactId, changed, details, after, effectiveOn);
    }

    public PointOfContactRetired retirement(String reason, LocalDate effectiveOn, DatePolicy dates) {
        if (effectiveOn == null) {
            throw new RuleViolation(Rule.DATE_REQUIRED, "effectiveOn", "effectiveOn is required");
        }
        return new PointOfContactRetired(designated.arrangementId(), contactId, reason, effectiveAfterLastChange(effectiveOn, dates));
    }

    private ContactDetails detailsAfter(UpdatePointOfContact command) {
        return new ContactDetails(
                command.office() != null ? command.office() : details.office(),
                command.person() != null ? command.person() : details.person(),
                command.channels() != null ? command.channels() : details.channels(),
                command.availability() != null ? command.availability() : details.availability(),
                command.languages() != null ? command.languages() : details.languages());
    }

    private LocalDate effectiveAfterLastChange(LocalDate effectiveOn, DatePolicy dates) {
        DatePolicy.requireInOrder(effectiveOn, lastChangedOn, "effectiveOn", "the contact's last change");
        return dates.happenedOn(effectiveOn, "effectiveOn");
    }

    @EventSourcingHandler
    void on(PointOfContactUpdated event) {
        details = event.after();
        lastChangedOn = event.effectiveOn();
        lastUpdate = event;
    }

    @EventSourcingHandler
    void on(PointOfContactRetired event) {
        retired = true;
        lastChangedOn = event.effectiveOn();
        retirement = event;
    }

    // Value equality lets Axon's fixtures compare the state built by commands with the state rebuilt from events.
    @Override
    public boolean equals(Object other) {
        return other instanceof PointOfContact that && Objects.equals(designated, that.designated)
                && Objects.equals(details, that.details) && Objects.equals(lastChangedOn, that.lastChangedOn)
                && retired == that.retired && Objects.equals(lastUpdate, that.lastUpdate)
                && Objects.equals(retirement, that.retirement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(designated, details, lastChangedOn, retired, lastUpdate, retirement);
    }
}
