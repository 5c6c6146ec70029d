package org.entente.command.arrangement;

import org.entente.api.paper.DoctrinePaperSubmitted;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What the aggregate remembers of one doctrine paper. */
final class DoctrinePaper {

    /** Kept whole so that a retried submission with the same content can be recognised as a retry. */
    final DoctrinePaperSubmitted submitted;
    final Map<String, LocalDate> acknowledgements = new LinkedHashMap<>();
    String supersededBy;

    private DoctrinePaper() {
        // for snapshot deserialization
        this.submitted = null;
    }

    DoctrinePaper(DoctrinePaperSubmitted submitted) {
        this.submitted = submitted;
    }

    boolean isAcknowledgedByEveryAddressee() {
        return acknowledgements.keySet().containsAll(submitted.addressees());
    }

    // Value equality lets Axon's fixtures compare the state built by commands with the state rebuilt from events.
    @Override
    public boolean equals(Object other) {
        return other instanceof DoctrinePaper that && submitted.equals(that.submitted)
                && acknowledgements.equals(that.acknowledgements) && Objects.equals(supersededBy, that.supersededBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(submitted, acknowledgements, supersededBy);
    }
}
