package org.entente.api.commitment;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A commitment as the registry knows it now; {@code overdue} is computed against the registry clock when read. */
@QueryModel
public record CommitmentView(String id, String text, CommitmentCategory category, List<String> owedBy, LocalDate agreedOn, LocalDate dueBy, LocalDate originalDueBy, CommitmentStatus status, boolean overdue, List<DeadlineExtension> extensions, List<ProgressNote> progress, LocalDate fulfilledOn, String evidence, boolean fulfilledByPolicy, List<String> evidencePapers, LocalDate withdrawnOn, String withdrawalReason, Instant recordedAt) {
}
