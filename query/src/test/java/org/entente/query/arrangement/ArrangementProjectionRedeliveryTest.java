package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.arrangement.ArrangementTerminated;
import org.entente.api.arrangement.ListArrangementsQuery;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentWithdrawn;
import org.entente.api.view.ArrangementView;
import org.entente.query.arrangement.ArrangementStreams.Envelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.query.arrangement.ArrangementStreams.EU_US;
import static org.entente.query.arrangement.ArrangementStreams.TODAY;
import static org.entente.query.arrangement.ArrangementStreams.US_RU;
import static org.entente.query.arrangement.ArrangementStreams.deliver;
import static org.entente.query.arrangement.ArrangementStreams.deliverAll;
import static org.entente.query.arrangement.ArrangementStreams.euUsWorkingGroupStream;
import static org.entente.query.arrangement.ArrangementStreams.first;
import static org.entente.query.arrangement.ArrangementStreams.usRussiaStream;

/**
 * Delivery is at least once. A redelivered event must leave the document as it was; views are compared
 * as records because the in-memory store hands back the very object it was given.
 */
class ArrangementProjectionRedeliveryTest {

    private final List<Envelope> stream = usRussiaStream();

    private InMemoryArrangementDocuments documents;
    private ArrangementProjection projection;

    @BeforeEach
    void setUp() {
        documents = new InMemoryArrangementDocuments();
        projection = new ArrangementProjection(documents);
    }

    @Test
    void a_redelivered_recording_changes_nothing() {
        assertRedeliveryAfterTheWholeStreamChangesNothing(ArrangementRecorded.class);
    }

    @Test
    void a_redelivered_commitment_addition_changes_nothing() {
        assertRedeliveryAfterTheWholeStreamChangesNothing(CommitmentAdded.class);
    }

    @Test
    void a_redelivered_progress_note_changes_nothing() {
        assertRedeliveryAfterTheWholeStreamChangesNothing(CommitmentProgressRecorded.class);
    }

    @Test
    void a_redelivered_fulfilment_changes_nothing() {
        assertRedeliveryAfterTheWholeStreamChangesNothing(CommitmentFulfilled.class);
    }

    @Test
    void a_redelivered_deadline_move_changes_nothing() {
        assertRedeliveryAfterTheWholeStreamChangesNothing(CommitmentDeadlineMoved.class);
    }

    @Test
    void a_redelivered_amendment_changes_nothing() {
        assertRedeliveryAfterTheWholeStreamChangesNothing(ArrangementAmended.class);
    }

    @Test
    void a_redelivered_suspension_changes_nothing() {
        assertRedeliveryAfterTheWholeStreamChangesNothing(ArrangementSuspended.class);
    }

    @Test
    void a_redelivered_withdrawal_changes_nothing() {
        List<Envelope> workingGroup = euUsWorkingGroupStream();
        deliverAll(projection, workingGroup);
        ArrangementView before = viewOf(EU_US);

        deliver(projection, first(workingGroup, CommitmentWithdrawn.class));

        assertThat(viewOf(EU_US)).isEqualTo(before);
    }

    @Test
    void a_termination_redelivered_right_after_it_was_folded_changes_nothing() {
        deliverAll(projection, stream);
        ArrangementView before = viewOf(US_RU);

        deliver(projection, first(stream, ArrangementTerminated.class));

        assertThat(viewOf(US_RU)).isEqualTo(before);
        assertThat(before.statusHistory()).filteredOn(change -> change.status() == ArrangementStatus.TERMINATED)
                .hasSize(1);
    }

    @Test
    void redelivering_a_whole_prefix_of_the_stream_changes_nothing() {
        deliverAll(projection, stream);
        ArrangementView before = viewOf(US_RU);

        deliverAll(projection, stream.subList(0, 8));

        assertThat(viewOf(US_RU)).isEqualTo(before);
    }

    @Test
    void a_prefix_redelivered_midway_does_not_disturb_the_events_that_follow() {
        InMemoryArrangementDocuments cleanStore = new InMemoryArrangementDocuments();
        deliverAll(new ArrangementProjection(cleanStore), stream);
        ArrangementView foldedOnce = cleanStore.find(US_RU).orElseThrow().toView(TODAY);

        deliverAll(projection, stream.subList(0, 7));
        deliverAll(projection, stream.subList(0, 5));
        deliverAll(projection, stream.subList(7, stream.size()));

        assertThat(viewOf(US_RU)).isEqualTo(foldedOnce);
    }

    @Test
    void the_reset_handler_empties_the_store() {
        deliverAll(projection, stream);
        deliverAll(projection, euUsWorkingGroupStream());

        projection.reset();

        assertThat(documents.find(US_RU)).isEmpty();
        assertThat(documents.find(EU_US)).isEmpty();
        assertThat(documents.search(new ListArrangementsQuery(null, null, null, 0, 20)).total()).isZero();
    }

    @Test
    void a_rebuild_after_a_reset_comes_out_the_same() {
        deliverAll(projection, stream);
        ArrangementView before = viewOf(US_RU);

        projection.reset();
        deliverAll(projection, stream);

        assertThat(viewOf(US_RU)).isEqualTo(before);
    }

    private void assertRedeliveryAfterTheWholeStreamChangesNothing(Class<?> eventType) {
        deliverAll(projection, stream);
        ArrangementView before = viewOf(US_RU);

        deliver(projection, first(stream, eventType));

        assertThat(viewOf(US_RU)).isEqualTo(before);
        assertThat(before.version()).isEqualTo(stream.size());
    }

    private ArrangementView viewOf(String arrangementId) {
        return documents.find(arrangementId).orElseThrow().toView(TODAY);
    }
}
