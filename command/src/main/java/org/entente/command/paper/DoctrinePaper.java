package org.entente.command.paper;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.paper.DoctrinePaperSuperseded;
import org.entente.api.paper.SubmitDoctrinePaper;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.entente.command.shared.DatePolicy;
import org.entente.command.shared.Parties;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A paper one party handed to others under an arrangement, an entity of the {@code Arrangement}
 * aggregate: each addressee acknowledges its receipt once; a newer paper of the same party may
 * supersede it.
 */
public class DoctrinePaper {

    private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-fA-F]{64}$");

    @EntityId
    private String paperId;
    /** Kept whole so that a retried submission with the same content is recognised as a retry. */
    private DoctrinePaperSubmitted submitted;
    private Map<String, LocalDate> acknowledgements = new LinkedHashMap<>();
    private String supersededBy;

    private DoctrinePaper() {
        // for snapshots
    }

    public DoctrinePaper(DoctrinePaperSubmitted submitted) {
        this.paperId = submitted.paperId();
        this.submitted = submitted;
    }

    /**
     * The submission a command asks for: from a party to the arrangement, to other parties of it (all
     * of them when the command names none), registered by a SHA-256 digest. Without a date it was
     * submitted today, or, for a retry, on the first submission's day, so a retry on a later day is the same.
     */
    public static DoctrinePaperSubmitted submission(SubmitDoctrinePaper command, List<String> parties, DoctrinePaper existing,
                                                    LocalDate today) {
        LocalDate submittedOn = command.submittedOn() != null ? command.submittedOn()
                : existing != null ? existing.submittedOn() : today;
        String from = command.fromParty();
        Parties.requireParty(from, parties, command.arrangementId(), Rule.PAPER_FROM_NON_PARTY, "fromParty");
        List<String> addressees = command.to() != null ? command.to() : parties.stream().filter(p -> !p.equals(from)).toList();
        if (addressees.isEmpty()) {
            throw new RuleViolation(Rule.NO_ADDRESSEE, "to", "A paper needs at least one addressee");
        }
        for (int i = 0; i < addressees.size(); i++) {
            String addressee = addressees.get(i);
            if (addressee == null || !parties.contains(addressee) || addressee.equals(from)) {
                throw new RuleViolation(Rule.PAPER_ADDRESSEE_NOT_A_PARTY, "to[" + i + "]",
                        "'" + addressee + "' is not another party to arrangement '" + command.arrangementId() + "'");
            }
        }
        if (command.sha256() == null || !SHA256_HEX.matcher(command.sha256()).matches()) {
            throw new RuleViolation(Rule.INVALID_DIGEST, "sha256", "'" + command.sha256() + "' is not a SHA-256 digest in hex");
        }
        return new DoctrinePaperSubmitted(command.arrangementId(), command.paperId(), from, List.copyOf(addressees),
                command.title(), command.subject(), command.language(), command.marking(), command.version(),
                command.sha256().toLowerCase(Locale.ROOT), command.contentId(), command.contentLength(), submittedOn);
    }

    public boolean isRetryOf(DoctrinePaperSubmitted submission) {
        return submitted.equals(submission);
    }

    /** The party already acknowledged this paper, on that day. */
    public boolean isRetryOfAcknowledgement(String party, LocalDate receivedOn) {
        return receivedOn != null && receivedOn.equals(acknowledgements.get(party));
    }

    public boolean isSupersededBy(String paperId) {
        return supersededBy != null && supersededBy.equals(paperId);
    }

    public LocalDate submittedOn() {
        return submitted.submittedOn();
    }

    public String fromParty() {
        return submitted.fromParty();
    }

    public DoctrinePaperReceiptAcknowledged acknowledgement(String party, LocalDate receivedOn, DatePolicy dates) {
        if (party == null || !submitted.addressees().contains(party)) {
            throw new RuleViolation(Rule.NOT_AN_ADDRESSEE, "party", "'" + party + "' is not an addressee of paper '" + paperId + "'");
        }
        if (acknowledgements.containsKey(party)) {
            throw new RuleViolation(Rule.RECEIPT_ALREADY_ACKNOWLEDGED, "party",
                    "'" + party + "' acknowledged paper '" + paperId + "' on " + acknowledgements.get(party));
        }
        if (receivedOn == null) {
            throw new RuleViolation(Rule.DATE_REQUIRED, "receivedOn", "receivedOn is required");
        }
        if (receivedOn.isBefore(submitted.submittedOn())) {
            throw new RuleViolation(Rule.RECEIPT_BEFORE_SUBMISSION, "receivedOn",
                    "receivedOn " + receivedOn + " lies before the paper was submitted (" + submitted.submittedOn() + ")");
        }
        return new DoctrinePaperReceiptAcknowledged(submitted.arrangementId(), paperId, party,
                dates.happenedOn(receivedOn, "receivedOn"));
    }

    /** A different paper of the same party, not older, and itself current: the chain never loops. */
    public DoctrinePaperSuperseded supersessionBy(DoctrinePaper newer, String newerId) {
        if (supersededBy != null) {
            throw new RuleViolation(Rule.PAPER_ALREADY_SUPERSEDED, "Paper '" + paperId + "' is superseded by '" + supersededBy + "'");
        }
        boolean validSuccessor = newer != null && newer != this && newer.supersededBy == null
                && newer.fromParty().equals(fromParty()) && !newer.submittedOn().isBefore(submittedOn());
        if (!validSuccessor) {
            throw new RuleViolation(Rule.INVALID_SUPERSESSION, "byPaperId",
                    "'" + newerId + "' is not another paper of " + fromParty() + " under this arrangement");
        }
        return new DoctrinePaperSuperseded(submitted.arrangementId(), paperId, newerId);
    }

    /** When every addressee has acknowledged a current paper: the day of the last acknowledgement. */
    Optional<LocalDate> exchangedOn() {
        if (supersededBy != null || !acknowledgements.keySet().containsAll(submitted.addressees())) {
            return Optional.empty();
        }
        return acknowledgements.values().stream().max(LocalDate::compareTo);
    }

    String paperId() {
        return paperId;
    }

    @EventSourcingHandler
    void on(DoctrinePaperReceiptAcknowledged event) {
        acknowledgements.put(event.party(), event.receivedOn());
    }

    @EventSourcingHandler
    void on(DoctrinePaperSuperseded event) {
        supersededBy = event.byPaperId();
    }

    // Value equality lets Axon's fixtures compare the state built by commands with the state rebuilt from events.
    @Override
    public boolean equals(Object other) {
        return other instanceof DoctrinePaper that && Objects.equals(submitted, that.submitted)
                && Objects.equals(acknowledgements, that.acknowledgements) && Objects.equals(supersededBy, that.supersededBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(submitted, acknowledgements, supersededBy);
    }
}
