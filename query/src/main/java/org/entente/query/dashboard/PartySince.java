package org.entente.query.dashboard;

import java.time.LocalDate;

/** A party the registry has arrangements with, and the day the earliest of them took effect. */
public record PartySince(String party, LocalDate since) {
}
