package org.entente.api.paper;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jmolecules.architecture.cqrs.Command;

import java.time.LocalDate;
import java.util.List;

/**
 * A party hands a paper to others under an arrangement. {@code to} null means every other party.
 * {@code contentId} names stored content (null when only the digest is registered). {@code submittedOn}
 * is when it was handed over (null: today), so past exchanges can be recorded as they happened.
 */
@Command
public record SubmitDoctrinePaper(@TargetAggregateIdentifier String arrangementId, String paperId, String fromParty,
                                  List<String> to, String title, String subject, String language, String marking,
                                  String version, String sha256, String contentId, Long contentLength,
                                  LocalDate submittedOn) {
}
