package org.entente.app.contact;

import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactHistory;
import org.entente.api.contact.ContactView;

/**
 * The personal details of a point of contact (the person, their phone numbers and addresses) are for the
 * parties to its arrangement and for auditors. Others who may read the directory (viewers, a dashboard)
 * see the office, role, availability and liveness, with the personal details withheld: left out of the
 * answer, not blanked in the record.
 */
final class PersonalDetails {

    private PersonalDetails() {
    }

    static ContactView withheldFrom(ContactView contact) {
        return new ContactView(contact.id(), contact.arrangementId(), contact.party(), contact.role(), contact.office(), null,
                null, contact.availability(), contact.languages(), contact.designatedOn(), contact.detailsEffectiveOn(),
                contact.retiredOn(), contact.lastVerifiedAt(), contact.lastResponseTime(), contact.liveness());
    }

    static ContactHistory withheldFrom(ContactHistory contact) {
        return new ContactHistory(contact.id(), contact.arrangementId(), contact.party(), contact.role(), contact.designatedOn(),
                contact.versions().stream().map(version -> new ContactHistory.Version(version.effectiveOn(),
                        withheldFrom(version.details()), version.recordedAt())).toList(),
                contact.retiredOn(), contact.retirementReason(), contact.lastVerifiedAt(), contact.lastResponseTime());
    }

    private static ContactDetails withheldFrom(ContactDetails details) {
        return details == null ? null
                : new ContactDetails(details.office(), null, null, details.availability(), details.languages());
    }
}
