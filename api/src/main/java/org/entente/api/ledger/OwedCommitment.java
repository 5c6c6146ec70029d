package org.entente.api.ledger;

import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.arrangement.ArrangementStatus;
import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.LocalDate;
import java.util.List;

/** A commitment seen from one of the parties that owe it. */
@QueryModel
public record OwedCommitment(String arrangementId, String arrangementTitle, ArrangementStatus arrangementStatus, String commitmentId, String text, CommitmentCategory category, List<String> owedBy, LocalDate dueBy, CommitmentStatus status, boolean overdue, LocalDate fulfilledOn) {
}
