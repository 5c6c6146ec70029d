package org.entente.api.paper;

import org.axonframework.serialization.Revision;
import org.jmolecules.event.annotation.DomainEvent;

import java.time.LocalDate;
import java.util.List;

/** A paper was handed to its addressees; {@code sha256} identifies its content whether or not it is stored. */
@DomainEvent
@Revision("1")
public record DoctrinePaperSubmitted(String arrangementId, String paperId, String fromParty, List<String> addressees,
                                     String title, String subject, String language, String marking, String version,
                                     String sha256, String contentId, Long contentLength, LocalDate submittedOn) {
}
