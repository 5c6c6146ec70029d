package org.entente.api.dashboard;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.LocalDate;
import java.util.List;

/** An arrangement's milestones in date order, judged on {@code judgedOn}. */
@QueryModel
public record ArrangementMilestones(String arrangementId, LocalDate judgedOn, List<Milestone> milestones) {
}
