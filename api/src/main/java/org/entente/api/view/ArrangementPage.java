package org.entente.api.view;

import java.util.List;

/** A page of the arrangement list; {@code page} counts from 0. */
public record ArrangementPage(List<ArrangementSummary> items, int page, int size, long total) {
}
