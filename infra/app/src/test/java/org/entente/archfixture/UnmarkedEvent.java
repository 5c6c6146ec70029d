package org.entente.archfixture;

/** An event nobody marked as a domain event, so the revision rule would not see it. */
public record UnmarkedEvent(String id) {
}
