package org.entente.api.view;

import org.entente.api.contact.ContactRole;

import java.time.LocalDate;

/** A point of contact as listed on its arrangement; the directory has its full details and history. */
public record ArrangementContact(String id, String party, ContactRole role, String office, LocalDate designatedOn,
                                 LocalDate retiredOn) {
}
