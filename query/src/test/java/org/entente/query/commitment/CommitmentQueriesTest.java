package org.entente.query.commitment;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.entente.api.arrangement.ArrangementAsOf;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.FindArrangementAsOfQuery;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentCounts;
import org.entente.api.ledger.CommitmentOrder;
import org.entente.api.ledger.CommitmentPage;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.ledger.FindCommitmentsQuery;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.Registry;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.api.ledger.OwedCommitment;
import org.entente.query.Delivery;
import org.entente.query.arrangement.ArrangementDocuments;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.arrangement.ArrangementSearch;
import org.entente.query.arrangement.InMemoryArrangementDocuments;
import org.entente.query.arrangement.InMemorySearchTokens;
import org.entente.query.arrangement.IndexedArrangementDocuments;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The questions across the three arrangements, answered from the commitment buckets. */
class CommitmentQueriesTest {

    private static final EventStream US_RUSSIA = UsRussia2011.history();

    private final InMemoryCommitmentBuckets buckets = new InMemoryCommitmentBuckets();
    private final ArrangementDocuments documents = new IndexedArrangementDocuments(new InMemoryArrangementDocuments(),
            List.of(new CommitmentIndex(buckets), new ArrangementSearch(new InMemorySearchTokens())));
    private final CommitmentQueries queries = new CommitmentQueries(buckets, documents, Registry.CLOCK);
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();

    @BeforeEach
    void the_registry_holds_the_three_arrangements() {
        List<EventStream> streams = List.of(US_RUSSIA, EuUsWorkingGroup.history(), WatchAndWarning.history());
        Delivery.to(new ArrangementProjection(documents)).deliverAll(EventStream.inRecordingOrder(streams.toArray(EventStream[]::new)));
        streams.forEach(stream -> eventStore.publish(stream.messages()));
    }

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void what_a_party_owes_is_listed_earliest_due_first_with_counts_of_everything_it_owes() {
        CommitmentPage russia = queries.handle(query(q -> q.owedBy("RUS")));

        assertThat(russia.items()).extracting(OwedCommitment::commitmentId).containsExactly(
                UsRussia2011.INCIDENT_LINKS.id(), UsRussia2011.MILITARY_VIEWS.id(), UsRussia2011.CERT_EXCHANGE.id());
        assertThat(russia.counts()).isEqualTo(new CommitmentCounts(2, 0, 1, 0, 0));
        assertThat(russia.total()).isEqualTo(3);
    }

    @Test
    void the_commitments_of_a_terminated_arrangement_are_shown_with_its_status_and_are_not_overdue() {
        CommitmentPage russia = queries.handle(query(q -> q.owedBy("RUS").overdue(true)));

        assertThat(russia.items()).isEmpty();
        assertThat(queries.handle(query(q -> q.owedBy("RUS"))).items())
                .allSatisfy(c -> assertThat(c.arrangementStatus()).isEqualTo(ArrangementStatus.TERMINATED))
                .noneMatch(OwedCommitment::overdue);
    }

    @Test
    void on_a_day_while_the_arrangement_was_in_force_its_open_commitments_past_due_were_overdue() {
        LocalDate inForce = LocalDate.of(2013, 1, 1);

        CommitmentPage then = queries.handle(query(q -> q.owedBy("RUS").overdue(true).asOf(inForce)));

        assertThat(then.judgedOn()).isEqualTo(inForce);
        assertThat(then.items()).extracting(OwedCommitment::commitmentId, OwedCommitment::arrangementStatus)
                .containsExactly(tuple(UsRussia2011.INCIDENT_LINKS.id(), ArrangementStatus.IN_FORCE),
                        tuple(UsRussia2011.CERT_EXCHANGE.id(), ArrangementStatus.IN_FORCE));
    }

    @Test
    void on_any_day_a_commitment_stands_as_the_arrangement_as_of_view_shows_it() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2011, 6, 1); day.isBefore(LocalDate.of(2023, 1, 1)); day = day.plusDays(17)) {
            days.add(day);
        }
        for (LocalDate day : days) {
            for (String arrangement : List.of(UsRussia2011.ID, EuUsWorkingGroup.ID, WatchAndWarning.ID)) {
                ArrangementAsOf view = asOfView(arrangement, day);
                List<?> expected = view.view() == null ? List.of() : view.view().commitments().stream()
                        .map(c -> tuple(c.id(), c.status(), c.dueBy(), c.overdue(), view.view().status())).toList();

                List<OwedCommitment> fromTheDocument = queries.handle(query(q -> q.arrangement(arrangement).asOf(day))).items();
                List<OwedCommitment> fromTheBuckets = queries.handle(query(q -> q.asOf(day).size(1000))).items().stream()
                        .filter(c -> c.arrangementId().equals(arrangement)).toList();

                for (List<OwedCommitment> answer : List.of(fromTheDocument, fromTheBuckets)) {
                    assertThat(answer).as("%s on %s", arrangement, day)
                            .extracting(OwedCommitment::commitmentId, OwedCommitment::status, OwedCommitment::dueBy,
                                    OwedCommitment::overdue, OwedCommitment::arrangementStatus)
                            .containsExactlyInAnyOrderElementsOf(expected.stream().map(t -> (org.assertj.core.groups.Tuple) t).toList());
                }
            }
        }
    }

    @Test
    void a_due_window_holds_the_commitments_due_within_it_both_days_included() {
        CommitmentPage yearEnd = queries.handle(query(q -> q.dueFrom(UsRussia2011.YEAR_END).dueTo(UsRussia2011.YEAR_END)));
        CommitmentPage before = queries.handle(query(q -> q.dueTo(UsRussia2011.YEAR_END.minusDays(1)).dueFrom(LocalDate.of(2011, 1, 1))));

        assertThat(yearEnd.items()).extracting(OwedCommitment::dueBy).containsOnly(UsRussia2011.YEAR_END).isNotEmpty();
        assertThat(before.items()).extracting(OwedCommitment::dueBy).allMatch(d -> d.isBefore(UsRussia2011.YEAR_END));
        assertThat(queries.handle(query(q -> q.dueFrom(LocalDate.of(1999, 1, 1)))).items()).noneMatch(c -> c.dueBy() == null);
    }

    @Test
    void every_answer_from_the_tallies_equals_the_answer_read_row_by_row() throws Exception {
        Method byReading = CommitmentQueries.class.getDeclaredMethod("byReading", FindCommitmentsQuery.class, LocalDate.class);
        byReading.setAccessible(true);
        List<FindCommitmentsQuery> questions = new ArrayList<>();
        for (String owedBy : new String[]{null, "RUS", "USA", "EU", "DEU"}) {
            for (CommitmentStatus status : new CommitmentStatus[]{null, CommitmentStatus.OPEN, CommitmentStatus.FULFILLED}) {
                for (Boolean overdue : new Boolean[]{null, true, false}) {
                    for (boolean descending : new boolean[]{false, true}) {
                        for (int size : new int[]{1, 2, 100}) {
                            for (int page = 0; page < 4; page++) {
                                int p = page;
                                questions.add(query(q -> q.owedBy(owedBy).status(status).overdue(overdue)
                                        .order(new CommitmentOrder(CommitmentOrder.Key.DUE_BY, descending)).page(p).size(size)));
                                questions.add(query(q -> q.party(owedBy).dueFrom(LocalDate.of(2011, 12, 31))
                                        .dueTo(LocalDate.of(2016, 1, 1)).status(status).page(p).size(size)));
                            }
                        }
                    }
                }
            }
        }
        for (FindCommitmentsQuery question : questions) {
            assertThat(queries.handle(question)).as(question.toString())
                    .isEqualTo(byReading.invoke(queries, question, Registry.TODAY));
        }
    }

    @Test
    void five_hundred_commitments_due_on_one_day_fill_parts_of_it_and_list_in_order_page_by_page() {
        EventStream crowded = EventStream.arrangement("crowded").then(UsRussia2011.recordedAs("crowded"), "2011-06-24T09:30:00Z");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String id = String.format("c-%03d", i);
            crowded = crowded.then(new org.entente.api.fixtures.CommitmentTerms(id, "Exchange " + i, CommitmentCategory.OTHER,
                    List.of("RUS"), UsRussia2011.YEAR_END).addedTo("crowded"), "2011-06-24T10:00:00Z");
            expected.add(id);
        }
        Delivery.to(new ArrangementProjection(documents)).deliverAll(crowded.messages());

        List<String> listed = new ArrayList<>();
        for (int page = 0; page < 6; page++) {
            int p = page;
            CommitmentPage answer = queries.handle(query(q -> q.arrangement(null).owedBy("RUS").dueFrom(UsRussia2011.YEAR_END)
                    .dueTo(UsRussia2011.YEAR_END).page(p).size(97)));
            answer.items().stream().filter(c -> c.arrangementId().equals("crowded")).forEach(c -> listed.add(c.commitmentId()));
        }

        assertThat(listed).isEqualTo(expected);
        assertThat(buckets.tallies(CommitmentScope.owedBy("RUS")).keySet())
                .as("five hundred and the three of the statement, fifty to a part").contains("2011-12-31#0", "2011-12-31#10")
                .doesNotContain("2011-12-31#11");
    }

    @Test
    void a_list_sorted_by_arrangement_or_party_orders_by_its_title_or_the_first_party_owing() {
        List<OwedCommitment> byArrangement = queries.handle(query(q -> q.order(new CommitmentOrder(CommitmentOrder.Key.ARRANGEMENT, false)))).items();
        List<OwedCommitment> byPartyDescending = queries.handle(query(q -> q.order(new CommitmentOrder(CommitmentOrder.Key.PARTY, true)))).items();

        assertThat(byArrangement).extracting(OwedCommitment::arrangementTitle).isSorted();
        assertThat(byPartyDescending).extracting(c -> String.join(",", c.owedBy())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void a_category_and_a_registrar_view_narrow_the_list() {
        CommitmentPage exchanges = queries.handle(query(q -> q.category(CommitmentCategory.DOCTRINE_EXCHANGE)));
        CommitmentPage seenByFinland = queries.handle(query(q -> q.visibleTo("FIN")));

        assertThat(exchanges.items()).isNotEmpty().allMatch(c -> c.category() == CommitmentCategory.DOCTRINE_EXCHANGE);
        assertThat(seenByFinland.items()).extracting(OwedCommitment::arrangementId).containsOnly(WatchAndWarning.ID);
    }

    private ArrangementAsOf asOfView(String arrangement, LocalDate day) {
        var timeline = new org.entente.query.arrangement.ArrangementTimeline(eventStore, Registry.CLOCK);
        try {
            Method handle = timeline.getClass().getDeclaredMethod("handle", FindArrangementAsOfQuery.class);
            handle.setAccessible(true);
            return (ArrangementAsOf) handle.invoke(timeline, new FindArrangementAsOfQuery(arrangement, day, null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A question built from the defaults: everything, earliest due first, the first hundred. */
    private static FindCommitmentsQuery query(Function<Question, Question> shape) {
        return shape.apply(new Question()).build();
    }

    private static final class Question {
        private String party;
        private String owedBy;
        private CommitmentStatus status;
        private CommitmentCategory category;
        private Boolean overdue;
        private LocalDate dueFrom;
        private LocalDate dueTo;
        private String arrangement;
        private LocalDate asOf;
        private String visibleTo;
        private CommitmentOrder order = CommitmentOrder.EARLIEST_DUE_FIRST;
        private int page;
        private int size = 100;

        Question party(String p) { party = p; return this; }
        Question owedBy(String p) { owedBy = p; return this; }
        Question status(CommitmentStatus s) { status = s; return this; }
        Question category(CommitmentCategory c) { category = c; return this; }
        Question overdue(Boolean o) { overdue = o; return this; }
        Question dueFrom(LocalDate d) { dueFrom = d; return this; }
        Question dueTo(LocalDate d) { dueTo = d; return this; }
        Question arrangement(String a) { arrangement = a; return this; }
        Question asOf(LocalDate d) { asOf = d; return this; }
        Question visibleTo(String p) { visibleTo = p; return this; }
        Question order(CommitmentOrder o) { order = o; return this; }
        Question page(int p) { page = p; return this; }
        Question size(int s) { size = s; return this; }

        FindCommitmentsQuery build() {
            return new FindCommitmentsQuery(party, owedBy, status, category, overdue, dueFrom, dueTo, arrangement, asOf,
                    visibleTo, order, page, size);
        }
    }
}
