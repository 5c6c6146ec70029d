package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementContact;
import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementPaper;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementSummary;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.SourceReference;
import org.entente.api.arrangement.StatusChange;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCounts;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.contact.PointOfContactDesignated;
import org.entente.api.paper.DoctrinePaperSubmitted;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The stored read model of one arrangement: the fold of its events. It remembers how many events it
 * has folded ({@code version}) so a redelivered event is recognised and ignored.
 */
public final class ArrangementDocument {

    private String id;
    private String title;
    private Instrument instrument;
    private ArrangementKind kind;
    private List<String> parties;
    private ArrangementStatus status;
    private List<StatusChange> statusHistory = new ArrayList<>();
    private LocalDate concludedOn;
    private SourceReference source;
    private List<CommitmentEntry> commitments = new ArrayList<>();
    private List<ArrangementContact> contacts = new ArrayList<>();
    private List<ArrangementPaper> papers = new ArrayList<>();
    private long version;
    private Instant lastRecordedAt;
    /** The first day the arrangement was in effect, by {@link EffectiveDates#startOf}; kept as events arrive. */
    private LocalDate inEffectFrom;

    ArrangementDocument() {
        // for the document mapper
    }

    static ArrangementDocument recorded(ArrangementRecorded event, Instant recordedAt) {
        ArrangementDocument document = new ArrangementDocument();
        document.id = event.arrangementId();
        document.title = event.title();
        document.instrument = event.instrument();
        document.kind = event.kind();
        document.parties = List.copyOf(event.parties());
        document.status = event.status();
        document.statusHistory.add(new StatusChange(event.status(), event.concludedOn(), "recorded", recordedAt));
        document.concludedOn = event.concludedOn();
        document.source = event.source();
        document.inEffectFrom = event.concludedOn() != null ? event.concludedOn() : LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
        return document;
    }

    /** Whether the event at this position of the arrangement's stream is already folded in. */
    boolean hasFolded(long sequenceNumber) {
        return sequenceNumber < version;
    }

    void folded(long sequenceNumber, Instant recordedAt) {
        version = sequenceNumber + 1;
        lastRecordedAt = recordedAt;
    }

    /** Without a conclusion date, an arrangement is in effect from the earliest day any of its events took effect. */
    void tookEffect(LocalDate day) {
        if (day != null && concludedOn == null && (inEffectFrom == null || day.isBefore(inEffectFrom))) {
            inEffectFrom = day;
        }
    }

    void statusChanged(ArrangementStatus newStatus, LocalDate effectiveOn, String reason, Instant recordedAt) {
        status = newStatus;
        statusHistory.add(new StatusChange(newStatus, effectiveOn, reason, recordedAt));
    }

    void amended(String newTitle, SourceReference newSource) {
        title = newTitle;
        source = newSource;
    }

    void contactDesignated(PointOfContactDesignated event) {
        contacts.add(new ArrangementContact(event.contactId(), event.party(), event.role(), event.details().office(),
                event.effectiveOn(), null));
    }

    void contactUpdated(String contactId, String office) {
        contactChanged(contactId, c -> new ArrangementContact(c.id(), c.party(), c.role(), office, c.designatedOn(), c.retiredOn()));
    }

    void contactRetired(String contactId, LocalDate on) {
        contactChanged(contactId, c -> new ArrangementContact(c.id(), c.party(), c.role(), c.office(), c.designatedOn(), on));
    }

    private void contactChanged(String contactId, UnaryOperator<ArrangementContact> change) {
        contacts.replaceAll(c -> c.id().equals(contactId) ? change.apply(c) : c);
    }

    void paperSubmitted(DoctrinePaperSubmitted event) {
        papers.add(new ArrangementPaper(event.paperId(), event.fromParty(), event.title(), event.version(),
                List.copyOf(event.addressees()), List.of(), null));
    }

    void paperAcknowledged(String paperId, String party) {
        paperChanged(paperId, p -> p.withAcknowledgementBy(party));
    }

    void paperSuperseded(String paperId, String byPaperId) {
        paperChanged(paperId, p -> p.withSupersededBy(byPaperId));
    }

    private void paperChanged(String paperId, UnaryOperator<ArrangementPaper> change) {
        papers.replaceAll(p -> p.id().equals(paperId) ? change.apply(p) : p);
    }

    void commitmentAdded(CommitmentAdded event, Instant recordedAt) {
        commitments.add(CommitmentEntry.added(event, recordedAt));
    }

    /** The stream guarantees a commitment is added before anything happens to it; anything else is corruption. */
    CommitmentEntry commitment(String commitmentId) {
        return commitments.stream().filter(c -> c.id().equals(commitmentId)).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Arrangement '" + id + "' has no commitment '" + commitmentId + "' to fold an event into"));
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<String> parties() {
        return List.copyOf(parties);
    }

    public ArrangementStatus status() {
        return status;
    }

    public SourceReference source() {
        return source;
    }

    public List<StatusChange> statusHistory() {
        return List.copyOf(statusHistory);
    }

    public LocalDate concludedOn() {
        return concludedOn;
    }

    public LocalDate inEffectFrom() {
        return inEffectFrom;
    }

    public long version() {
        return version;
    }

    public List<CommitmentEntry> commitments() {
        return List.copyOf(commitments);
    }

    public ArrangementView toView(LocalDate today) {
        return new ArrangementView(id, title, instrument, kind, parties, status, List.copyOf(statusHistory),
                concludedOn, source, commitments.stream().map(c -> c.toView(today, status)).toList(),
                countsOn(commitments, today, status), List.copyOf(contacts), List.copyOf(papers), version, lastRecordedAt);
    }

    public ArrangementSummary toSummary(LocalDate today) {
        return new ArrangementSummary(id, title, instrument, kind, parties, status, concludedOn,
                countsOn(commitments, today, status), version);
    }

    public static CommitmentCounts countsOn(Collection<CommitmentEntry> entries, LocalDate today, ArrangementStatus arrangementStatus) {
        int open = 0;
        int inProgress = 0;
        int fulfilled = 0;
        int withdrawn = 0;
        int overdue = 0;
        for (CommitmentEntry entry : entries) {
            CommitmentStatus s = entry.status();
            switch (s) {
                case OPEN -> open++;
                case IN_PROGRESS -> inProgress++;
                case FULFILLED -> fulfilled++;
                case WITHDRAWN -> withdrawn++;
            }
            if (entry.isOverdueOn(today, arrangementStatus)) {
                overdue++;
            }
        }
        return new CommitmentCounts(open, inProgress, fulfilled, withdrawn, overdue);
    }
}
