package org.entente.query.contact;

import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactHistory;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.ContactView;
import org.entente.api.contact.Liveness;
import org.entente.api.contact.PointOfContactDesignated;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One point of contact with every version of its details, never overwritten, so the directory can
 * answer who the contact was on any past date.
 */
public final class ContactDocument {

    /** The details in effect from {@code effectiveOn}, as recorded at {@code recordedAt}. */
    public record Version(LocalDate effectiveOn, ContactDetails details, Instant recordedAt) {
    }

    /**
     * One communication check's outcome: answered at {@code at} after {@code responseTime}, or failed at
     * {@code at} (no response time), as recorded at {@code recordedAt}.
     */
    record CheckOutcome(String checkId, boolean answered, Instant at, Duration responseTime, Instant recordedAt) {
    }

    private String id;
    private String contactId;
    private String arrangementId;
    private String party;
    private ContactRole role;
    private LocalDate designatedOn;
    private List<Version> versions = new ArrayList<>();
    private LocalDate retiredOn;
    private String retirementReason;
    private Instant retirementRecordedAt;
    private long lastSequence = -1;
    /** Every check's outcome in the order recorded; the latest answer and failure give the liveness. */
    private List<CheckOutcome> checks = new ArrayList<>();

    ContactDocument() {
        // for the document mapper
    }

    public static String idOf(String arrangementId, String contactId) {
        return arrangementId + "/" + contactId;
    }

    static ContactDocument designated(PointOfContactDesignated event, long sequence, Instant recordedAt) {
        ContactDocument document = new ContactDocument();
        document.id = idOf(event.arrangementId(), event.contactId());
        document.contactId = event.contactId();
        document.arrangementId = event.arrangementId();
        document.party = event.party();
        document.role = event.role();
        document.designatedOn = event.effectiveOn();
        document.versions.add(new Version(event.effectiveOn(), event.details(), recordedAt));
        document.lastSequence = sequence;
        return document;
    }

    /** Whether the arrangement event at this sequence is already folded in (delivery is at-least-once). */
    boolean hasFolded(long sequence) {
        return sequence <= lastSequence;
    }

    void updated(ContactDetails after, LocalDate effectiveOn, long sequence, Instant recordedAt) {
        versions.add(new Version(effectiveOn, after, recordedAt));
        lastSequence = sequence;
    }

    void retired(LocalDate on, String reason, long sequence, Instant recordedAt) {
        retiredOn = on;
        retirementReason = reason;
        retirementRecordedAt = recordedAt;
        lastSequence = sequence;
    }

    /**
     * Records a check's outcome once: checks are aggregates of their own, so a redelivered outcome is
     * recognised by its check, not by a position in the arrangement's stream. Answers whether it was new.
     */
    boolean checked(CheckOutcome outcome) {
        if (checks.stream().anyMatch(known -> Objects.equals(known.checkId(), outcome.checkId()))) {
            return false;
        }
        return checks.add(outcome);
    }

    /** UNREACHABLE if the latest check failed; VERIFIED if answered within {@code window} of {@code now}. */
    Liveness livenessAt(Instant now, Duration window) {
        return liveness(latestAnswer(), latest(false, check -> true), now, window);
    }

    private CheckOutcome latestAnswer() {
        return latest(true, check -> true);
    }

    /** The last recorded answer (or failure) among the checks that pass the filter. */
    private CheckOutcome latest(boolean answered, Predicate<CheckOutcome> filter) {
        CheckOutcome latest = null;
        for (CheckOutcome check : checks) {
            if (check.answered() == answered && filter.test(check)) {
                latest = check;
            }
        }
        return latest;
    }

    private static Liveness liveness(CheckOutcome answer, CheckOutcome failure, Instant moment, Duration window) {
        return new LivenessRule(window).judge(atOf(answer), atOf(failure), moment);
    }

    /** When the latest recorded answer to a check came; null if none was answered. */
    public Instant lastAnsweredAt() {
        return atOf(latestAnswer());
    }

    /** When the latest recorded failed check failed; null if none failed. */
    public Instant lastFailedAt() {
        return atOf(latest(false, check -> true));
    }

    /** Whether a contact designated on {@code designatedOn} and retired on {@code retiredOn} (null: not) is in effect on {@code day}. */
    public static boolean inEffectOn(LocalDate day, LocalDate designatedOn, LocalDate retiredOn) {
        return !day.isBefore(designatedOn) && (retiredOn == null || day.isBefore(retiredOn));
    }

    public ContactHistory toHistory() {
        CheckOutcome answer = latestAnswer();
        return new ContactHistory(contactId, arrangementId, party, role, designatedOn,
                versions.stream().map(v -> new ContactHistory.Version(v.effectiveOn(), v.details(), v.recordedAt())).toList(),
                retiredOn, retirementReason, atOf(answer), responseTimeOf(answer));
    }

    public String id() {
        return id;
    }

    public String party() {
        return party;
    }

    public LocalDate designatedOn() {
        return designatedOn;
    }

    /** The day the retirement takes effect; null while the contact is not retired. */
    public LocalDate retiredOn() {
        return retiredOn;
    }

    public ContactRole role() {
        return role;
    }

    public String arrangementId() {
        return arrangementId;
    }

    /**
     * The contact as in effect on {@code day} with everything recorded so far, and its liveness judged
     * {@code now} from the latest checks.
     */
    public Optional<ContactView> asOf(LocalDate day, Instant now, Duration verifiedWindow) {
        return view(day, versions, retiredOn, latestAnswer(), livenessAt(now, verifiedWindow));
    }

    /**
     * The contact as in effect on {@code day} as the registry knew it at {@code knownAt}: a designation,
     * change or retirement recorded later is not yet known. Liveness and the last check are judged at
     * {@code moment} from the checks that had happened by then and were recorded by {@code knownAt}; of
     * those, the latest recorded answer and failure count, as they do for the current state.
     */
    public Optional<ContactView> asKnownAt(LocalDate day, Instant knownAt, Instant moment, Duration verifiedWindow) {
        List<Version> known = versions.stream().filter(v -> !v.recordedAt().isAfter(knownAt)).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        // A document folded before retirements kept their recording time cannot tell; it counts as known.
        boolean retirementKnown = retiredOn != null && (retirementRecordedAt == null || !retirementRecordedAt.isAfter(knownAt));
        Predicate<CheckOutcome> knownByThen = check -> !check.at().isAfter(moment) && !check.recordedAt().isAfter(knownAt);
        CheckOutcome answer = latest(true, knownByThen);
        return view(day, known, retirementKnown ? retiredOn : null, answer,
                liveness(answer, latest(false, knownByThen), moment, verifiedWindow));
    }

    private Optional<ContactView> view(LocalDate day, List<Version> known, LocalDate retired, CheckOutcome answer,
                                       Liveness liveness) {
        if (!inEffectOn(day, designatedOn, retired)) {
            return Optional.empty();
        }
        Version current = known.get(0);
        for (Version version : known) {
            if (!version.effectiveOn().isAfter(day)) {
                current = version;
            }
        }
        ContactDetails details = current.details();
        return Optional.of(new ContactView(contactId, arrangementId, party, role, details.office(), details.person(),
                details.channels(), details.availability(), details.languages(), designatedOn, current.effectiveOn(),
                retired, atOf(answer), responseTimeOf(answer), liveness));
    }

    private static Instant atOf(CheckOutcome check) {
        return check == null ? null : check.at();
    }

    private static Duration responseTimeOf(CheckOutcome check) {
        return check == null ? null : check.responseTime();
    }
}
