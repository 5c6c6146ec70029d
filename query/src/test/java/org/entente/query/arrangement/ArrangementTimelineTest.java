package org.entente.query.arrangement;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.entente.api.arrangement.ArrangementAsOf;
import org.entente.api.arrangement.ArrangementPaper;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.FindArrangementAsOfQuery;
import org.entente.api.arrangement.StatusChange;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.commitment.CommitmentView;
import org.entente.api.contact.PointOfContactUpdated;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.Registry;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.Delivery;
import org.entente.query.Variants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.INCIDENT_LINKS;

class ArrangementTimelineTest {

    private static final EventStream US_RUSSIA = UsRussia2011.history();
    private static final EventStream EU_US = EuUsWorkingGroup.history();

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final ArrangementTimeline timeline = new ArrangementTimeline(eventStore, Registry.CLOCK);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void without_dates_the_replayed_view_equals_the_view_the_projection_stored() {
        for (EventStream history : List.of(US_RUSSIA, EU_US, WatchAndWarning.history())) {
            store(history);

            ArrangementAsOf replayed = asOf(history.aggregateId(), null, Registry.NOW.toString());

            assertThat(replayed.view()).isEqualTo(storedView(history));
            assertThat(replayed.eventsFolded()).isEqualTo(history.size());
        }
    }

    @Test
    void a_deadline_move_is_unknown_before_its_recording_and_known_after() {
        store(US_RUSSIA);
        Instant recorded = US_RUSSIA.recordedAt(CommitmentDeadlineMoved.class);

        assertThat(dueBy(asOf(UsRussia2011.ID, null, recorded.minusSeconds(1).toString()), CERT_EXCHANGE.id()))
                .isEqualTo(UsRussia2011.YEAR_END);
        assertThat(dueBy(asOf(UsRussia2011.ID, null, recorded.toString()), CERT_EXCHANGE.id()))
                .isEqualTo(UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE);
    }

    @Test
    void a_deadline_move_counts_from_its_effective_date_once_it_is_known() {
        store(US_RUSSIA);
        String movedOn = UsRussia2011.CERT_EXCHANGE_MOVED_ON.toString();

        assertThat(dueBy(asOf(UsRussia2011.ID, "2011-12-27", null), CERT_EXCHANGE.id())).isEqualTo(UsRussia2011.YEAR_END);
        assertThat(dueBy(asOf(UsRussia2011.ID, movedOn, null), CERT_EXCHANGE.id()))
                .isEqualTo(UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE);
        assertThat(dueBy(asOf(UsRussia2011.ID, movedOn, "2011-12-28T12:00:00Z"), CERT_EXCHANGE.id()))
                .as("in effect that day, but recorded only in the afternoon").isEqualTo(UsRussia2011.YEAR_END);
    }

    @Test
    void the_status_on_a_day_is_the_one_in_effect_then() {
        store(US_RUSSIA);

        assertThat(statusOn("2014-03-19")).isEqualTo(ArrangementStatus.IN_FORCE);
        assertThat(statusOn("2014-03-20")).isEqualTo(ArrangementStatus.SUSPENDED);
        assertThat(statusOn("2015-08-31")).isEqualTo(ArrangementStatus.SUSPENDED);
        assertThat(statusOn("2015-09-01")).isEqualTo(ArrangementStatus.IN_FORCE);
        assertThat(statusOn("2022-02-23")).isEqualTo(ArrangementStatus.IN_FORCE);
        assertThat(statusOn("2022-02-24")).isEqualTo(ArrangementStatus.TERMINATED);
    }

    @Test
    void the_status_history_of_a_past_day_ends_with_the_change_in_effect_then() {
        store(US_RUSSIA);

        assertThat(asOf(UsRussia2011.ID, "2015-01-01", null).view().statusHistory()).extracting(StatusChange::status)
                .containsExactly(ArrangementStatus.IN_FORCE, ArrangementStatus.SUSPENDED);
    }

    @Test
    void a_commitment_fulfilled_late_is_open_and_overdue_on_the_days_before() {
        int update = US_RUSSIA.indexOf(PointOfContactUpdated.class);
        store(US_RUSSIA.first(update).then(new CommitmentFulfilled(UsRussia2011.ID, CERT_EXCHANGE.id(),
                UsRussia2011.RUS_CERT_UPDATED_ON, "CERT-to-CERT arrangement signed"), "2013-06-18T08:00:00Z"));

        CommitmentView theDayBefore = commitment(asOf(UsRussia2011.ID, "2013-06-16", null), CERT_EXCHANGE.id());
        CommitmentView thatDay = commitment(asOf(UsRussia2011.ID, "2013-06-17", null), CERT_EXCHANGE.id());

        assertThat(theDayBefore.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(theDayBefore.overdue()).isTrue();
        assertThat(thatDay.status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(thatDay.overdue()).isFalse();
    }

    @Test
    void overdue_is_judged_on_the_day_of_knowledge_when_no_effective_date_is_asked() {
        store(US_RUSSIA);

        ArrangementAsOf before = asOf(UsRussia2011.ID, null, "2011-12-30T12:00:00Z");
        ArrangementAsOf after = asOf(UsRussia2011.ID, null, "2012-01-01T12:00:00Z");

        assertThat(commitment(before, INCIDENT_LINKS.id()).overdue()).isFalse();
        assertThat(commitment(after, INCIDENT_LINKS.id()).overdue()).isTrue();
    }

    @Test
    void a_commitment_agreed_after_the_arrangement_is_absent_before_its_agreement() {
        store(EU_US);

        assertThat(asOf(EuUsWorkingGroup.ID, "2011-04-13", null).view().commitments()).isEmpty();
        assertThat(asOf(EuUsWorkingGroup.ID, "2011-04-14", null).view().commitments()).extracting(CommitmentView::id)
                .containsExactly(EuUsWorkingGroup.JOINT_EXERCISE.id(), EuUsWorkingGroup.AWARENESS.id(),
                        EuUsWorkingGroup.CONFERENCE.id(), EuUsWorkingGroup.CONVENTION.id());
    }

    @Test
    void nothing_is_in_effect_before_the_arrangement_was_concluded() {
        store(US_RUSSIA);

        ArrangementAsOf answer = asOf(UsRussia2011.ID, "2011-06-22", null);

        assertThat(answer.view()).isNull();
        assertThat(answer.absence()).isEqualTo(ArrangementAsOf.Absence.NOT_YET_IN_EFFECT);
        assertThat(answer.absenceDetail()).contains("in effect from 2011-06-23");
        assertThat(answer.eventsRecorded()).isEqualTo(US_RUSSIA.size());
    }

    @Test
    void an_arrangement_recorded_without_a_conclusion_date_is_in_effect_from_its_earliest_dated_event() {
        store(Variants.watchAndWarningBackfilledAsNegotiated());

        assertThat(asOf(WatchAndWarning.ID, "2003-10-21", null).absence()).isEqualTo(ArrangementAsOf.Absence.NOT_YET_IN_EFFECT);
        assertThat(asOf(WatchAndWarning.ID, "2003-10-22", null).view().status()).isEqualTo(ArrangementStatus.IN_FORCE);
        assertThat(asOf(WatchAndWarning.ID, "2020-01-01", null).view().status()).isEqualTo(ArrangementStatus.IN_FORCE);
    }

    @Test
    void an_arrangement_recorded_without_a_conclusion_date_before_any_dated_event_is_in_effect_from_its_recording() {
        store(Variants.watchAndWarningNegotiatedInBerlin());

        assertThat(asOf(WatchAndWarning.ID, "2003-10-19", null).absence()).isEqualTo(ArrangementAsOf.Absence.NOT_YET_IN_EFFECT);
        assertThat(asOf(WatchAndWarning.ID, "2003-10-20", null).view().status()).isEqualTo(ArrangementStatus.NEGOTIATING);
        assertThat(asOf(WatchAndWarning.ID, "2003-10-22", null).view().status()).isEqualTo(ArrangementStatus.IN_FORCE);
    }

    @Test
    void an_acknowledgement_counts_from_the_day_of_receipt() {
        store(US_RUSSIA);

        assertThat(paper(asOf(UsRussia2011.ID, "2011-11-08", null), UsRussia2011.US_PAPER).acknowledgedBy()).isEmpty();
        assertThat(paper(asOf(UsRussia2011.ID, "2011-11-09", null), UsRussia2011.US_PAPER).acknowledgedBy())
                .containsExactly("RUS");
    }

    @Test
    void a_superseding_paper_counts_only_once_both_papers_were_submitted() {
        store(Variants.usRussiaWithRevisedPaper());

        assertThat(asOf(UsRussia2011.ID, "2011-11-24", null).view().papers())
                .extracting(ArrangementPaper::id, ArrangementPaper::supersededBy)
                .containsExactly(tuple(UsRussia2011.US_PAPER, null));
        assertThat(asOf(UsRussia2011.ID, "2011-11-25", null).view().papers())
                .extracting(ArrangementPaper::id, ArrangementPaper::supersededBy)
                .containsExactly(tuple(UsRussia2011.US_PAPER, UsRussia2011.US_PAPER_REVISED),
                        tuple(UsRussia2011.US_PAPER_REVISED, null));
    }

    @Test
    void nothing_is_known_before_the_first_recording() {
        store(EU_US);

        ArrangementAsOf answer = asOf(EuUsWorkingGroup.ID, null, "2010-11-22T07:59:59Z");

        assertThat(answer.view()).isNull();
        assertThat(answer.absence()).isEqualTo(ArrangementAsOf.Absence.NOT_YET_RECORDED);
        assertThat(answer.absenceDetail()).contains("first recorded at 2010-11-22T08:00:00Z");
    }

    @Test
    void an_unknown_arrangement_has_no_events_and_no_view() {
        ArrangementAsOf answer = asOf("no-such-arrangement", "2012-01-01", null);

        assertThat(answer.view()).isNull();
        assertThat(answer.absence()).isEqualTo(ArrangementAsOf.Absence.UNKNOWN_ARRANGEMENT);
        assertThat(answer.eventsRecorded()).isZero();
    }

    @Test
    void a_deadline_move_leaves_the_days_before_it_took_effect_as_they_were() {
        store(EU_US);

        assertThat(dueBy(asOf(EuUsWorkingGroup.ID, "2011-12-14", null), EuUsWorkingGroup.JOINT_EXERCISE.id()))
                .isEqualTo(EuUsWorkingGroup.END_2011);
        assertThat(dueBy(asOf(EuUsWorkingGroup.ID, "2011-12-15", null), EuUsWorkingGroup.JOINT_EXERCISE.id()))
                .isEqualTo(EuUsWorkingGroup.EXERCISE_NEW_DEADLINE);
    }

    @Test
    void check_events_a_legacy_store_holds_in_an_arrangement_stream_are_passed_over() {
        EventStream legacy = Variants.usRussiaWithLegacyCheck();
        store(legacy);

        ArrangementAsOf replayed = asOf(UsRussia2011.ID, null, null);

        assertThat(legacy.size()).isEqualTo(US_RUSSIA.size() + 2);
        assertThat(replayed.view()).isEqualTo(storedView(legacy));
        assertThat(replayed.eventsFolded()).isEqualTo(US_RUSSIA.size());
        assertThat(replayed.eventsRecorded()).isEqualTo(US_RUSSIA.size());
    }

    @Test
    void on_a_past_day_check_events_in_a_legacy_arrangement_stream_count_only_as_positions() {
        String day = UsRussia2011.RUS_CERT_UPDATED_ON.toString();
        store(Variants.usRussiaWithLegacyCheck());

        ArrangementAsOf legacy = asOf(UsRussia2011.ID, day, null);
        ArrangementAsOf clean = asOfInAnotherStore(US_RUSSIA, day);

        assertThat(legacy.eventsFolded()).isEqualTo(clean.eventsFolded());
        assertThat(legacy.view()).usingRecursiveComparison().ignoringFields("version").isEqualTo(clean.view());
        assertThat(legacy.view().version()).as("a position in the stream, counting the check's two events")
                .isEqualTo(clean.view().version() + 2);
    }

    private ArrangementStatus statusOn(String day) {
        return asOf(UsRussia2011.ID, day, null).view().status();
    }

    private ArrangementAsOf asOf(String id, String day, String knownAt) {
        return timeline.handle(new FindArrangementAsOfQuery(id, day == null ? null : LocalDate.parse(day),
                knownAt == null ? null : Instant.parse(knownAt)));
    }

    private static ArrangementAsOf asOfInAnotherStore(EventStream stream, String day) {
        EmbeddedEventStore other = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        try {
            other.publish(stream.messages());
            return new ArrangementTimeline(other, Registry.CLOCK)
                    .handle(new FindArrangementAsOfQuery(stream.aggregateId(), LocalDate.parse(day), null));
        } finally {
            other.shutDown();
        }
    }

    private void store(EventStream stream) {
        eventStore.publish(stream.messages());
    }

    /** What the projection stores from the same events, judged on the same day as the timeline judges them. */
    private static ArrangementView storedView(EventStream stream) {
        InMemoryArrangementDocuments documents = new InMemoryArrangementDocuments();
        Delivery.to(new ArrangementProjection(documents)).deliverAll(stream.messages());
        return documents.find(stream.aggregateId()).orElseThrow().toView(Registry.TODAY);
    }

    private static LocalDate dueBy(ArrangementAsOf answer, String commitmentId) {
        return commitment(answer, commitmentId).dueBy();
    }

    private static CommitmentView commitment(ArrangementAsOf answer, String commitmentId) {
        return answer.view().commitments().stream().filter(c -> c.id().equals(commitmentId)).findFirst().orElseThrow();
    }

    private static ArrangementPaper paper(ArrangementAsOf answer, String paperId) {
        return answer.view().papers().stream().filter(p -> p.id().equals(paperId)).findFirst().orElseThrow();
    }
}
