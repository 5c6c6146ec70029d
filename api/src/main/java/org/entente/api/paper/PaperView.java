package org.entente.api.paper;

import org.jmolecules.architecture.cqrs.QueryModel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A doctrine paper with, per addressee, the date it acknowledged receipt (absent: not yet). */
@QueryModel
public record PaperView(String id, String arrangementId, String fromParty, List<String> addressees, String title,
                        String subject, String language, String marking, String version, String sha256,
                        boolean contentStored, Long contentLength, LocalDate submittedOn,
                        Map<String, LocalDate> acknowledgements, List<String> outstanding, String supersededBy,
                        String contentId) {
}
