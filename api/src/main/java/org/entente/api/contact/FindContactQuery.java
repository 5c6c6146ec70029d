package org.entente.api.contact;

/** One point of contact with its whole history; answered with an empty optional when unknown. */
public record FindContactQuery(String arrangementId, String contactId) {
}
