package org.entente.api.commitment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A commitment became part of an arrangement. */
@Revision("1")
public record CommitmentAdded(String arrangementId, String commitmentId, String text, CommitmentCategory category, List<String> owedBy, LocalDate dueBy) {
}
