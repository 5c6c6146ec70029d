package org.entente.api.arrangement;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.util.List;

/** A page of the arrangement list; {@code page} counts from 0. */
@QueryModel
public record ArrangementPage(List<ArrangementSummary> items, int page, int size, long total) {
}
