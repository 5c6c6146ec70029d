package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementEnteredIntoForce;
import org.entente.api.arrangement.ArrangementResumed;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.arrangement.ArrangementTerminated;
import org.entente.api.check.CommunicationCheckAnswered;
import org.entente.api.check.CommunicationCheckFailed;
import org.entente.api.check.CommunicationCheckInitiated;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.query.Delivery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EffectiveDatesTest {

    private static final List<Class<?>> FOLDED = Delivery.eventTypesFoldedBy(ArrangementProjection.class);

    @Test
    void every_event_type_the_arrangement_projection_folds_has_an_effective_date_rule() {
        assertThat(FOLDED)
                .contains(ArrangementEnteredIntoForce.class, ArrangementSuspended.class, ArrangementResumed.class,
                        ArrangementTerminated.class, DoctrinePaperReceiptAcknowledged.class)
                .hasSize(18)
                .allMatch(EffectiveDates::knows, "has a rule");
    }

    /** Which is why the timeline passes over check events that a legacy store holds in arrangement streams. */
    @Test
    void check_events_are_neither_folded_nor_dated() {
        List<Class<?>> checkEvents = List.of(CommunicationCheckInitiated.class, CommunicationCheckAnswered.class,
                CommunicationCheckFailed.class);

        assertThat(FOLDED).doesNotContainAnyElementsOf(checkEvents);
        assertThat(checkEvents).noneMatch(EffectiveDates::knows);
    }
}
