package org.entente.query.dashboard;

import java.util.List;

/** The steps of one arrangement that fall in one month, with the arrangement they belong to. */
public record ArrangementMonth(ArrangementOutline arrangement, List<DatedMilestone> milestones) {
}
