package org.entente.api.contact;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The points of contact in effect on {@code asOf}, as the registry knew them at {@code knownAt}. */
@QueryModel
public record ContactDirectory(LocalDate asOf, Instant knownAt, List<ContactView> items) {
}
