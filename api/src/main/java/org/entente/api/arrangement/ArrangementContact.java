package org.entente.api.arrangement;

import org.entente.api.contact.ContactRole;
import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.LocalDate;

/** A point of contact as listed on its arrangement; the directory has its full details and history. */
@QueryModel
public record ArrangementContact(String id, String party, ContactRole role, String office, LocalDate designatedOn,
                                 LocalDate retiredOn) {
}
