package org.entente.api.paper;

/** Papers addressed to {@code party} whose receipt it has not acknowledged yet. */
public record FindOutstandingAcknowledgementsQuery(String party) {
}
