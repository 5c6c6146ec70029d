package org.entente.query.paper;

import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.paper.PaperView;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One doctrine paper with each addressee's acknowledgement. */
public final class PaperDocument {

    private String id;
    private DoctrinePaperSubmitted submitted;
    private Map<String, LocalDate> acknowledgements = new LinkedHashMap<>();
    private String supersededBy;

    PaperDocument() {
        // for the document mapper
    }

    public static String idOf(String arrangementId, String paperId) {
        return arrangementId + "/" + paperId;
    }

    static PaperDocument submitted(DoctrinePaperSubmitted event) {
        PaperDocument document = new PaperDocument();
        document.id = idOf(event.arrangementId(), event.paperId());
        document.submitted = event;
        return document;
    }

    /** Idempotent: an addressee acknowledges once, so a redelivery finds the same entry. */
    void acknowledged(String party, LocalDate on) {
        acknowledgements.putIfAbsent(party, on);
    }

    void superseded(String byPaperId) {
        supersededBy = byPaperId;
    }

    public String id() {
        return id;
    }

    public String arrangementId() {
        return submitted.arrangementId();
    }

    public String paperId() {
        return submitted.paperId();
    }

    public List<String> addressees() {
        return submitted.addressees();
    }

    public LocalDate submittedOn() {
        return submitted.submittedOn();
    }

    /** The day {@code party} acknowledged receipt, or null while it has not. */
    public LocalDate acknowledgedOn(String party) {
        return acknowledgements.get(party);
    }

    public PaperView toView() {
        List<String> outstanding = submitted.addressees().stream().filter(a -> !acknowledgements.containsKey(a)).toList();
        return new PaperView(submitted.paperId(), submitted.arrangementId(), submitted.fromParty(), submitted.addressees(),
                submitted.title(), submitted.subject(), submitted.language(), submitted.marking(), submitted.version(),
                submitted.sha256(), submitted.contentId() != null, submitted.contentLength(), submitted.submittedOn(),
                Map.copyOf(acknowledgements), outstanding, supersededBy, submitted.contentId());
    }
}
