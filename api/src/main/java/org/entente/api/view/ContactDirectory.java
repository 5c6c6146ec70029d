package org.entente.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The points of contact in effect on {@code asOf}, as the registry knew them at {@code knownAt}. */
public record ContactDirectory(LocalDate asOf, Instant knownAt, List<ContactView> items) {
}
