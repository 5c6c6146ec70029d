package org.entente.query.dashboard;

/** A point of contact of a party, by the id of its document in the contact directory. */
public record ContactRef(String contactDocumentId) {
}
