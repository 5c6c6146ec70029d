package org.entente.api.arrangement;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.util.List;
import java.util.stream.Stream;

/**
 * A paper as listed on its arrangement, with the addressees that acknowledged its receipt so far; the
 * papers endpoint has the dates, the digest and the content.
 */
@QueryModel
public record ArrangementPaper(String id, String fromParty, String title, String version, List<String> addressees,
                               List<String> acknowledgedBy, String supersededBy) {

    /** This paper with the party among those that acknowledged it, listed once however often it is told. */
    public ArrangementPaper withAcknowledgementBy(String party) {
        if (acknowledgedBy.contains(party)) {
            return this;
        }
        return new ArrangementPaper(id, fromParty, title, version, addressees,
                Stream.concat(acknowledgedBy.stream(), Stream.of(party)).toList(), supersededBy);
    }

    public ArrangementPaper withSupersededBy(String byPaperId) {
        return new ArrangementPaper(id, fromParty, title, version, addressees, acknowledgedBy, byPaperId);
    }
}
