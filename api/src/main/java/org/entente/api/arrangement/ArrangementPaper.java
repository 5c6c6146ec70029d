package org.entente.api.arrangement;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.util.List;

/**
 * A paper as listed on its arrangement, with the addressees that acknowledged its receipt so far; the
 * papers endpoint has the dates, the digest and the content.
 */
@QueryModel
public record ArrangementPaper(String id, String fromParty, String title, String version, List<String> addressees,
                               List<String> acknowledgedBy, String supersededBy) {
}
