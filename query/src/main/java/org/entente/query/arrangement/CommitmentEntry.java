package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.commitment.CommitmentView;
import org.entente.api.commitment.DeadlineExtension;
import org.entente.api.commitment.ProgressNote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One commitment inside a stored arrangement document. Overdue is not stored: it depends on the day it is read. */
public final class CommitmentEntry {

    private String id;
    private String text;
    private CommitmentCategory category;
    private List<String> owedBy;
    private LocalDate agreedOn;
    private LocalDate dueBy;
    private LocalDate originalDueBy;
    private CommitmentStatus status;
    private List<DeadlineExtension> extensions = new ArrayList<>();
    private List<ProgressNote> progress = new ArrayList<>();
    private LocalDate fulfilledOn;
    private String evidence;
    private boolean fulfilledByPolicy;
    private List<String> evidencePapers = new ArrayList<>();
    private LocalDate withdrawnOn;
    private String withdrawalReason;
    private Instant recordedAt;

    CommitmentEntry() {
        // for the document mapper
    }

    static CommitmentEntry added(CommitmentAdded event, Instant recordedAt) {
        CommitmentEntry entry = new CommitmentEntry();
        entry.id = event.commitmentId();
        entry.text = event.text();
        entry.category = event.category();
        entry.owedBy = List.copyOf(event.owedBy());
        entry.agreedOn = event.agreedOn();
        entry.dueBy = event.dueBy();
        entry.originalDueBy = event.dueBy();
        entry.status = CommitmentStatus.OPEN;
        entry.recordedAt = recordedAt;
        return entry;
    }

    void progressed(String note, LocalDate effectiveOn, Instant recordedAt) {
        progress.add(new ProgressNote(note, effectiveOn, recordedAt));
        status = CommitmentStatus.IN_PROGRESS;
    }

    void fulfilled(LocalDate on, String evidence) {
        this.status = CommitmentStatus.FULFILLED;
        this.fulfilledOn = on;
        this.evidence = evidence;
    }

    void fulfilledByExchange(LocalDate on, List<String> paperIds) {
        fulfilled(on, "Fulfilled by the exchange of papers " + String.join(", ", paperIds));
        this.fulfilledByPolicy = true;
        this.evidencePapers = new ArrayList<>(paperIds);
    }

    void withdrawn(LocalDate on, String reason) {
        this.status = CommitmentStatus.WITHDRAWN;
        this.withdrawnOn = on;
        this.withdrawalReason = reason;
    }

    void deadlineMoved(LocalDate from, LocalDate to, String reason, LocalDate effectiveOn, Instant recordedAt) {
        extensions.add(new DeadlineExtension(from, to, reason, effectiveOn, recordedAt));
        dueBy = to;
    }

    /** By {@link OverdueRule}, in an arrangement of the given status. */
    public boolean isOverdueOn(LocalDate today, ArrangementStatus arrangementStatus) {
        return OverdueRule.isOverdue(dueBy, status, arrangementStatus, today);
    }

    public boolean isOwedBy(String party) {
        return owedBy.contains(party);
    }

    public String id() {
        return id;
    }

    public CommitmentStatus status() {
        return status;
    }

    public String text() {
        return text;
    }

    public CommitmentCategory category() {
        return category;
    }

    public List<String> owedBy() {
        return List.copyOf(owedBy);
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public LocalDate dueBy() {
        return dueBy;
    }

    public LocalDate originalDueBy() {
        return originalDueBy;
    }

    public List<DeadlineExtension> extensions() {
        return List.copyOf(extensions);
    }

    public List<ProgressNote> progress() {
        return List.copyOf(progress);
    }

    public LocalDate fulfilledOn() {
        return fulfilledOn;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public CommitmentView toView(LocalDate today, ArrangementStatus arrangementStatus) {
        return new CommitmentView(id, text, category, owedBy, agreedOn, dueBy, originalDueBy, status,
                isOverdueOn(today, arrangementStatus),
                List.copyOf(extensions), List.copyOf(progress), fulfilledOn, evidence, fulfilledByPolicy,
                List.copyOf(evidencePapers), withdrawnOn, withdrawalReason,
                recordedAt);
    }
}
