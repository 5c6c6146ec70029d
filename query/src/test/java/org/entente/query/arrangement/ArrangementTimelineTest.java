package org.entente.query.arrangement;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.FindArrangementAsOfQuery;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.rules.Rule;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.api.paper.DoctrinePaperSuperseded;
import org.entente.api.view.ArrangementAsOf;
import org.entente.api.view.ArrangementPaper;
import org.entente.api.view.CommitmentView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.query.arrangement.ArrangementStreams.INCIDENT_LINKS;
import static org.entente.query.arrangement.ArrangementStreams.CONVENTION;
import static org.entente.query.arrangement.ArrangementStreams.EU_US;
import static org.entente.query.arrangement.ArrangementStreams.MILITARY_VIEWS;
import static org.entente.query.arrangement.ArrangementStreams.REGISTRY_CLOCK;
import static org.entente.query.arrangement.ArrangementStreams.TODAY;
import static org.entente.query.arrangement.ArrangementStreams.US_RU;
import static org.entente.query.arrangement.ArrangementStreams.continuing;
import static org.entente.query.arrangement.ArrangementStreams.deliverAll;
import static org.entente.query.arrangement.ArrangementStreams.euUsWorkingGroupStream;
import static org.entente.query.arrangement.ArrangementStreams.usRussiaStream;

class ArrangementTimelineTest {

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final ArrangementTimeline timeline = new ArrangementTimeline(eventStore, REGISTRY_CLOCK);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void without_dates_the_replayed_view_equals_the_view_the_projection_stored() {
        for (List<ArrangementStreams.Envelope> stream : List.of(usRussiaStream(), euUsWorkingGroupStream())) {
            store(stream);
            InMemoryArrangementDocuments documents = new InMemoryArrangementDocuments();
            deliverAll(new ArrangementProjection(documents), stream);
            String id = idOf(stream);

            ArrangementAsOf replayed = timeline.handle(new FindArrangementAsOfQuery(id, null, REGISTRY_CLOCK.instant()));

            assertThat(replayed.view()).isEqualTo(documents.find(id).orElseThrow().toView(TODAY));
            assertThat(replayed.eventsFolded()).isEqualTo(stream.size());
        }
    }

    @Test
    void a_deadline_move_recorded_later_is_unknown_before_its_recording_and_known_after() {
        store(continuing(US_RU, usRussiaStream().subList(0, 4))
                .deadlineMoved(MILITARY_VIEWS, LocalDate.of(2011, 12, 31), LocalDate.of(2012, 6, 30),
                        LocalDate.of(2012, 3, 15), "Translation pending", "2012-04-10T09:00:00Z")
                .events());

        assertThat(dueBy(asOf(US_RU, null, "2012-03-31T23:59:59Z"), MILITARY_VIEWS)).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(dueBy(asOf(US_RU, null, "2012-05-01T00:00:00Z"), MILITARY_VIEWS)).isEqualTo(LocalDate.of(2012, 6, 30));
    }

    @Test
    void a_deadline_move_counts_from_its_effective_date_once_it_is_known() {
        store(continuing(US_RU, usRussiaStream().subList(0, 4))
                .deadlineMoved(MILITARY_VIEWS, LocalDate.of(2011, 12, 31), LocalDate.of(2012, 6, 30),
                        LocalDate.of(2012, 3, 15), "Translation pending", "2012-04-10T09:00:00Z")
                .events());

        assertThat(dueBy(asOf(US_RU, "2012-03-14", null), MILITARY_VIEWS)).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(dueBy(asOf(US_RU, "2012-03-15", null), MILITARY_VIEWS)).isEqualTo(LocalDate.of(2012, 6, 30));
        assertThat(dueBy(asOf(US_RU, "2012-03-15", "2012-04-01T00:00:00Z"), MILITARY_VIEWS))
                .as("in effect by then, but not yet known").isEqualTo(LocalDate.of(2011, 12, 31));
    }

    @Test
    void the_status_on_a_day_between_suspension_and_resumption_is_suspended() {
        store(usRussiaStream());

        assertThat(asOf(US_RU, "2014-03-19", null).view().status()).isEqualTo(ArrangementStatus.IN_FORCE);
        assertThat(asOf(US_RU, "2014-03-20", null).view().status()).isEqualTo(ArrangementStatus.SUSPENDED);
        assertThat(asOf(US_RU, "2015-08-31", null).view().status()).isEqualTo(ArrangementStatus.SUSPENDED);
        assertThat(asOf(US_RU, "2015-09-01", null).view().status()).isEqualTo(ArrangementStatus.IN_FORCE);
        assertThat(asOf(US_RU, "2016-12-29", null).view().status()).isEqualTo(ArrangementStatus.TERMINATED);
    }

    @Test
    void the_status_history_of_a_past_day_ends_with_the_change_in_effect_then() {
        store(usRussiaStream());

        assertThat(asOf(US_RU, "2015-01-01", null).view().statusHistory())
                .extracting(change -> change.status())
                .containsExactly(ArrangementStatus.IN_FORCE, ArrangementStatus.SUSPENDED);
    }

    @Test
    void a_commitment_fulfilled_later_is_open_and_overdue_on_a_day_after_its_due_date() {
        store(continuing(US_RU, usRussiaStream().subList(0, 4))
                .fulfilled(MILITARY_VIEWS, LocalDate.of(2012, 2, 1), "Papers exchanged", "2012-02-02T10:00:00Z")
                .events());

        CommitmentView onJanuary15 = commitment(asOf(US_RU, "2012-01-15", null), MILITARY_VIEWS);
        assertThat(onJanuary15.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(onJanuary15.overdue()).isTrue();
        assertThat(commitment(asOf(US_RU, "2012-02-01", null), MILITARY_VIEWS).status()).isEqualTo(CommitmentStatus.FULFILLED);
    }

    @Test
    void overdue_is_judged_on_the_day_of_knowledge_when_no_effective_date_is_asked() {
        store(usRussiaStream());

        ArrangementAsOf before = asOf(US_RU, null, "2011-12-30T12:00:00Z");
        ArrangementAsOf after = asOf(US_RU, null, "2012-01-01T12:00:00Z");

        assertThat(commitment(before, INCIDENT_LINKS).overdue()).isFalse();
        assertThat(commitment(after, INCIDENT_LINKS).overdue()).isTrue();
    }

    @Test
    void a_commitment_agreed_after_the_arrangement_is_absent_before_its_agreement() {
        store(continuing(US_RU, usRussiaStream().subList(0, 2))
                .append(new CommitmentAdded(US_RU, "hotline", "Use the hotline for incidents",
                        CommitmentCategory.COMMUNICATION_LINK, List.of("USA", "RUS"), null, LocalDate.of(2013, 6, 17)),
                        "2013-06-18T10:00:00Z")
                .events());

        assertThat(asOf(US_RU, "2013-06-16", null).view().commitments()).extracting(CommitmentView::id)
                .containsExactly(MILITARY_VIEWS);
        assertThat(asOf(US_RU, "2013-06-17", null).view().commitments()).extracting(CommitmentView::id)
                .containsExactly(MILITARY_VIEWS, "hotline");
    }

    @Test
    void nothing_is_in_effect_before_the_arrangement_was_concluded() {
        store(usRussiaStream());

        ArrangementAsOf answer = asOf(US_RU, "2011-07-14", null);

        assertThat(answer.view()).isNull();
        assertThat(answer.absence()).isEqualTo(Rule.NOT_YET_IN_EFFECT);
        assertThat(answer.absenceDetail()).contains("in effect from 2011-07-15");
        assertThat(answer.eventsRecorded()).isEqualTo(usRussiaStream().size());
    }

    @Test
    void an_arrangement_recorded_without_a_conclusion_date_is_in_effect_from_its_earliest_dated_event() {
        store(ArrangementStreams.arrangement("un-gge-followup")
                .recorded("Follow-up consultations", Instrument.OTHER, ArrangementStatus.NEGOTIATING, null, null,
                        "2026-01-10T09:00:00Z", "USA", "CHN")
                .enteredIntoForce(LocalDate.of(2013, 9, 1), "Signed at the consultations", "2026-01-11T09:00:00Z")
                .events());

        assertThat(asOf("un-gge-followup", "2013-08-31", null).absence()).isEqualTo(Rule.NOT_YET_IN_EFFECT);
        assertThat(asOf("un-gge-followup", "2013-09-01", null).view().status()).isEqualTo(ArrangementStatus.IN_FORCE);
        assertThat(asOf("un-gge-followup", "2020-01-01", null).view().status()).isEqualTo(ArrangementStatus.IN_FORCE);
    }

    @Test
    void a_superseding_paper_counts_only_once_both_papers_were_submitted() {
        store(continuing(US_RU, usRussiaStream().subList(0, 2))
                .append(paper("us-views-1", LocalDate.of(2011, 11, 1)), "2011-11-02T10:00:00Z")
                .append(paper("us-views-2", LocalDate.of(2012, 2, 1)), "2012-02-02T10:00:00Z")
                .append(new DoctrinePaperSuperseded(US_RU, "us-views-1", "us-views-2"), "2012-02-02T10:05:00Z")
                .events());

        assertThat(asOf(US_RU, "2012-01-15", null).view().papers())
                .extracting(ArrangementPaper::id, ArrangementPaper::supersededBy)
                .containsExactly(tuple("us-views-1", null));
        assertThat(asOf(US_RU, "2012-02-01", null).view().papers())
                .extracting(ArrangementPaper::id, ArrangementPaper::supersededBy)
                .containsExactly(tuple("us-views-1", "us-views-2"), tuple("us-views-2", null));
    }

    @Test
    void nothing_is_known_before_the_first_recording() {
        store(euUsWorkingGroupStream());

        ArrangementAsOf answer = asOf(EU_US, null, "2010-11-22T07:59:59Z");

        assertThat(answer.view()).isNull();
        assertThat(answer.absence()).isEqualTo(Rule.NOT_YET_RECORDED);
        assertThat(answer.absenceDetail()).contains("first recorded at 2010-11-22T08:00:00Z");
    }

    @Test
    void an_unknown_arrangement_has_no_events_and_no_view() {
        ArrangementAsOf answer = asOf("no-such-arrangement", "2012-01-01", null);

        assertThat(answer.view()).isNull();
        assertThat(answer.absence()).isEqualTo(Rule.UNKNOWN_ARRANGEMENT);
        assertThat(answer.eventsRecorded()).isZero();
    }

    @Test
    void a_later_deadline_move_of_another_commitment_does_not_change_an_earlier_day() {
        store(euUsWorkingGroupStream());

        assertThat(dueBy(asOf(EU_US, "2012-12-19", null), CONVENTION)).isEqualTo(LocalDate.of(2012, 12, 31));
        assertThat(dueBy(asOf(EU_US, "2012-12-20", null), CONVENTION)).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void every_event_the_projection_folds_has_an_effective_date_rule() {
        List<Class<?>> folded = Arrays.stream(ArrangementProjection.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventHandler.class))
                .<Class<?>>map(method -> method.getParameterTypes()[0])
                .toList();

        assertThat(folded).hasSizeGreaterThan(20).allMatch(EffectiveDates::knows);
    }

    private static DoctrinePaperSubmitted paper(String paperId, LocalDate submittedOn) {
        return new DoctrinePaperSubmitted(US_RU, paperId, "USA", List.of("RUS"), "Military views", "doctrine", "en",
                "UNCLASSIFIED", paperId.substring(paperId.length() - 1), "ab".repeat(32), null, null, submittedOn);
    }

    private ArrangementAsOf asOf(String id, String day, String instant) {
        return timeline.handle(new FindArrangementAsOfQuery(id, day == null ? null : LocalDate.parse(day),
                instant == null ? null : Instant.parse(instant)));
    }

    private static LocalDate dueBy(ArrangementAsOf answer, String commitmentId) {
        return commitment(answer, commitmentId).dueBy();
    }

    private static CommitmentView commitment(ArrangementAsOf answer, String commitmentId) {
        return answer.view().commitments().stream().filter(c -> c.id().equals(commitmentId)).findFirst().orElseThrow();
    }

    private void store(List<ArrangementStreams.Envelope> stream) {
        eventStore.publish(stream.stream().<DomainEventMessage<?>>map(ArrangementStreams.Envelope::message).toList());
    }

    private static String idOf(List<ArrangementStreams.Envelope> stream) {
        return stream.get(0).arrangementId();
    }
}
