package org.entente.api.dashboard;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.LocalDate;
import java.util.List;

/** Scorecards in party order, judged on {@code judgedOn}. */
@QueryModel
public record PartyScorecards(LocalDate judgedOn, List<PartyScorecard> parties) {
}
