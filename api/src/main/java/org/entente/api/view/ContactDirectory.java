package org.entente.api.view;

import java.time.LocalDate;
import java.util.List;

/** The points of contact in effect on {@code asOf}. */
public record ContactDirectory(LocalDate asOf, List<ContactView> items) {
}
