package org.entente.query.dashboard;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.contact.ContactView;
import org.entente.api.contact.Liveness;
import org.entente.api.dashboard.ArrangementMilestones;
import org.entente.api.dashboard.ContactHealth;
import org.entente.api.dashboard.DeadlineDrift;
import org.entente.api.dashboard.FindArrangementMilestonesQuery;
import org.entente.api.dashboard.FindMilestonesQuery;
import org.entente.api.dashboard.FindPartyScorecardsQuery;
import org.entente.api.dashboard.Milestone;
import org.entente.api.dashboard.MilestoneKind;
import org.entente.api.dashboard.MilestoneTimeline;
import org.entente.api.dashboard.PartyScorecard;
import org.entente.api.dashboard.PartyScorecards;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.Variants;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The dashboard's questions on the three arrangements of the sources, the US–Russia CERT exchange moved twice, on
 * the registry clock of the fixtures (24 November 2026): milestones of a window, what is overdue, which deadlines
 * drift, an arrangement's timeline and the parties' scorecards, now and as they stood on past days.
 */
class DashboardQueriesTest {

    private static final String US_RU = UsRussia2011.ID;
    private static final String EU_US = EuUsWorkingGroup.ID;
    private static final String WATCH = WatchAndWarning.ID;

    private final DashboardFolds registry = new DashboardFolds().deliverAll(DashboardFolds.theThreeArrangements());

    // ---- milestones of a window

    @Test
    void what_falls_due_in_a_window_and_what_was_met_in_it_are_its_milestones_in_date_order() {
        MilestoneTimeline yearEnd = timeline(LocalDate.of(2011, 10, 1), LocalDate.of(2011, 12, 31), null, null, null);

        assertThat(yearEnd.milestones()).extracting(Milestone::on, Milestone::kind, Milestone::arrangementId, Milestone::commitmentId)
                .containsExactly(
                        tuple(EuUsWorkingGroup.CONFERENCE_HELD, MilestoneKind.COMMITMENT_FULFILLED, EU_US, EuUsWorkingGroup.CONFERENCE.id()),
                        tuple(UsRussia2011.MILITARY_VIEWS_FULFILLED, MilestoneKind.COMMITMENT_FULFILLED, US_RU, UsRussia2011.MILITARY_VIEWS.id()),
                        tuple(UsRussia2011.YEAR_END, MilestoneKind.COMMITMENT_DUE, EU_US, EuUsWorkingGroup.CONFERENCE.id()),
                        tuple(UsRussia2011.YEAR_END, MilestoneKind.COMMITMENT_DUE, US_RU, UsRussia2011.INCIDENT_LINKS.id()),
                        tuple(UsRussia2011.YEAR_END, MilestoneKind.COMMITMENT_DUE, US_RU, UsRussia2011.MILITARY_VIEWS.id()));
        assertThat(yearEnd.milestones()).filteredOn(m -> m.commitmentId().equals(UsRussia2011.INCIDENT_LINKS.id())).singleElement()
                .satisfies(m -> {
                    assertThat(m.arrangementStatus()).isEqualTo(ArrangementStatus.TERMINATED);
                    assertThat(m.commitmentStatus()).isEqualTo(CommitmentStatus.OPEN);
                    assertThat(m.overdue()).as("its arrangement has ended").isFalse();
                });
    }

    @Test
    void as_of_a_day_a_window_shows_the_due_dates_then_in_force_and_only_what_had_happened_by_then() {
        LocalDate firstOfDecember = LocalDate.of(2011, 12, 1);

        MilestoneTimeline then = timeline(LocalDate.of(2011, 10, 1), LocalDate.of(2011, 12, 31), null, firstOfDecember, null);

        assertThat(then.judgedOn()).isEqualTo(firstOfDecember);
        assertThat(then.milestones()).extracting(Milestone::kind).containsOnly(MilestoneKind.COMMITMENT_DUE);
        assertThat(then.milestones()).extracting(Milestone::arrangementId, Milestone::commitmentId, Milestone::commitmentStatus)
                .containsExactly(
                        tuple(EU_US, EuUsWorkingGroup.CONFERENCE.id(), CommitmentStatus.OPEN),
                        tuple(EU_US, EuUsWorkingGroup.JOINT_EXERCISE.id(), CommitmentStatus.OPEN),
                        tuple(US_RU, UsRussia2011.CERT_EXCHANGE.id(), CommitmentStatus.OPEN),
                        tuple(US_RU, UsRussia2011.INCIDENT_LINKS.id(), CommitmentStatus.OPEN),
                        tuple(US_RU, UsRussia2011.MILITARY_VIEWS.id(), CommitmentStatus.IN_PROGRESS));
        assertThat(then.milestones()).allSatisfy(m -> {
            assertThat(m.on()).isEqualTo(UsRussia2011.YEAR_END);
            assertThat(m.timesMoved()).isZero();
            assertThat(m.arrangementStatus()).isEqualTo(ArrangementStatus.IN_FORCE);
        });
    }

    @Test
    void conclusion_entry_into_force_and_every_later_status_change_are_milestones_of_their_months() {
        MilestoneTimeline berlin = timeline(LocalDate.of(2003, 10, 1), LocalDate.of(2003, 10, 31), null, null, null);
        MilestoneTimeline russia = timeline(LocalDate.of(2014, 1, 1), LocalDate.of(2023, 12, 31), "RUS", null, null);

        assertThat(berlin.milestones()).extracting(Milestone::on, Milestone::kind, Milestone::arrangementId).containsExactly(
                tuple(WatchAndWarning.CONCLUDED, MilestoneKind.CONCLUDED, WATCH),
                tuple(WatchAndWarning.CONCLUDED, MilestoneKind.ENTERED_INTO_FORCE, WATCH));
        assertThat(russia.milestones()).extracting(Milestone::on, Milestone::kind, Milestone::newStatus).containsExactly(
                tuple(UsRussia2011.SUSPENDED, MilestoneKind.STATUS_CHANGED, ArrangementStatus.SUSPENDED),
                tuple(UsRussia2011.RESUMED, MilestoneKind.STATUS_CHANGED, ArrangementStatus.IN_FORCE),
                tuple(UsRussia2011.TERMINATED, MilestoneKind.STATUS_CHANGED, ArrangementStatus.TERMINATED));
        assertThat(timeline(LocalDate.of(2014, 1, 1), LocalDate.of(2023, 12, 31), "RUS", LocalDate.of(2016, 1, 1), null).milestones())
                .extracting(Milestone::on, Milestone::arrangementStatus)
                .containsExactly(tuple(UsRussia2011.SUSPENDED, ArrangementStatus.IN_FORCE), tuple(UsRussia2011.RESUMED, ArrangementStatus.IN_FORCE));
    }

    @Test
    void an_arrangement_recorded_while_negotiated_enters_into_force_on_the_day_of_its_entry() {
        DashboardFolds negotiated = new DashboardFolds().deliverAll(Variants.watchAndWarningNegotiatedInBerlin().messages());

        MilestoneTimeline berlin = negotiated.queries.handle(new FindMilestonesQuery(LocalDate.of(2003, 10, 1),
                LocalDate.of(2003, 10, 31), null, null, null));

        assertThat(berlin.milestones()).extracting(Milestone::on, Milestone::kind)
                .containsExactly(tuple(WatchAndWarning.CONCLUDED, MilestoneKind.ENTERED_INTO_FORCE));
    }

    @Test
    void a_party_and_a_registrar_see_the_milestones_of_their_arrangements_only() {
        LocalDate from = LocalDate.of(2011, 10, 1);
        LocalDate to = LocalDate.of(2011, 12, 31);

        assertThat(timeline(from, to, "EU", null, null).milestones()).extracting(Milestone::arrangementId).containsOnly(EU_US);
        assertThat(timeline(from, to, null, null, "RUS").milestones()).extracting(Milestone::arrangementId).containsOnly(US_RU);
        assertThat(timeline(from, to, "EU", null, "RUS").milestones()).isEmpty();
        assertThat(timeline(from, to, "USA", null, "RUS").milestones()).extracting(Milestone::arrangementId).containsOnly(US_RU);
    }

    @Test
    void without_a_window_the_timeline_covers_the_quarter_of_the_day_judged_and_the_next() {
        MilestoneTimeline now = timeline(null, null, null, null, null);
        MilestoneTimeline then = timeline(null, null, null, LocalDate.of(2011, 11, 15), null);
        MilestoneTimeline from = timeline(LocalDate.of(2011, 12, 31), null, null, null, null);

        assertThat(List.of(now.from(), now.to())).containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31));
        assertThat(List.of(then.from(), then.to())).containsExactly(LocalDate.of(2011, 10, 1), LocalDate.of(2012, 3, 31));
        assertThat(List.of(from.from(), from.to())).containsExactly(LocalDate.of(2011, 12, 31), LocalDate.of(2012, 3, 31));
    }

    @Test
    void a_window_that_ends_before_it_starts_or_spans_more_than_ten_years_is_refused() {
        assertThatThrownBy(() -> timeline(LocalDate.of(2012, 1, 2), LocalDate.of(2012, 1, 1), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to must not be before from");
        assertThatThrownBy(() -> timeline(LocalDate.of(2001, 1, 1), LocalDate.of(2011, 1, 2), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 years");
        assertThat(timeline(LocalDate.of(2001, 1, 1), LocalDate.of(2011, 1, 1), null, null, null).to()).isEqualTo(LocalDate.of(2011, 1, 1));
    }

    // ---- overdue

    @Test
    void overdue_are_the_commitments_late_on_the_day_judged_whatever_their_due_date_earliest_first() {
        MilestoneTimeline now = timeline(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, null, null);
        MilestoneTimeline in2013 = timeline(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 1, 31), null, LocalDate.of(2013, 1, 1), null);

        assertThat(now.overdue()).extracting(Milestone::arrangementId, Milestone::commitmentId, Milestone::on).containsExactly(
                tuple(WATCH, WatchAndWarning.POINTS_OF_CONTACT.id(), LocalDate.of(2004, 3, 31)),
                tuple(EU_US, EuUsWorkingGroup.JOINT_EXERCISE.id(), EuUsWorkingGroup.EXERCISE_NEW_DEADLINE));
        assertThat(now.overdueTotal()).isEqualTo(2);
        assertThat(now.overdue()).allSatisfy(m -> assertThat(m.overdue()).isTrue());
        assertThat(in2013.overdue()).extracting(Milestone::commitmentId)
                .containsExactly(WatchAndWarning.POINTS_OF_CONTACT.id(), UsRussia2011.INCIDENT_LINKS.id());
        assertThat(in2013.overdueTotal()).isEqualTo(2);
        assertThat(timeline(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, null, "EU").overdue())
                .extracting(Milestone::commitmentId).containsExactly(EuUsWorkingGroup.JOINT_EXERCISE.id());
    }

    @Test
    void a_commitment_overdue_under_a_moved_deadline_is_listed_once_though_filed_under_its_old_day_too() {
        EventStream history = EuUsWorkingGroup.history();
        int held = history.indexOf(CommitmentFulfilled.class);
        DashboardFolds conferenceNeverHeld = new DashboardFolds().deliverAll(EventStream.inRecordingOrder(
                history.first(held).then(history.from(held + 1))));

        MilestoneTimeline now = conferenceNeverHeld.queries.handle(new FindMilestonesQuery(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), "EU", null, null));

        assertThat(now.overdue()).extracting(Milestone::commitmentId, Milestone::on).containsExactly(
                tuple(EuUsWorkingGroup.CONFERENCE.id(), EuUsWorkingGroup.END_2011),
                tuple(EuUsWorkingGroup.JOINT_EXERCISE.id(), EuUsWorkingGroup.EXERCISE_NEW_DEADLINE));
        assertThat(now.overdueTotal()).isEqualTo(2);
    }

    // ---- drifting deadlines

    @Test
    void drifting_deadlines_are_listed_furthest_moved_first_with_how_often_and_how_far() {
        MilestoneTimeline now = timeline(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, null, null);

        assertThat(now.drifting()).extracting(DeadlineDrift::commitmentId, DeadlineDrift::originalDueBy, DeadlineDrift::dueBy,
                DeadlineDrift::timesMoved, DeadlineDrift::daysMoved).containsExactly(
                tuple(EuUsWorkingGroup.JOINT_EXERCISE.id(), EuUsWorkingGroup.END_2011, EuUsWorkingGroup.EXERCISE_NEW_DEADLINE, 1, 731L),
                tuple(UsRussia2011.CERT_EXCHANGE.id(), UsRussia2011.YEAR_END, UsRussia2011.CERT_EXCHANGE_SECOND_DEADLINE, 2, 547L));
        assertThat(now.driftingTotal()).isEqualTo(2);
    }

    @Test
    void as_of_a_day_only_the_moves_in_effect_by_then_count_towards_the_drift() {
        MilestoneTimeline beforeTheMoves = timeline(LocalDate.of(2011, 12, 1), LocalDate.of(2011, 12, 31), null, LocalDate.of(2011, 12, 1), null);
        MilestoneTimeline early2012 = timeline(LocalDate.of(2012, 2, 1), LocalDate.of(2012, 2, 29), null, LocalDate.of(2012, 2, 1), null);

        assertThat(beforeTheMoves.drifting()).isEmpty();
        assertThat(early2012.drifting()).extracting(DeadlineDrift::commitmentId, DeadlineDrift::dueBy, DeadlineDrift::timesMoved,
                DeadlineDrift::daysMoved).containsExactly(
                tuple(EuUsWorkingGroup.JOINT_EXERCISE.id(), EuUsWorkingGroup.EXERCISE_NEW_DEADLINE, 1, 731L),
                tuple(UsRussia2011.CERT_EXCHANGE.id(), UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE, 1, 182L));
        assertThat(timeline(LocalDate.of(2011, 12, 1), LocalDate.of(2011, 12, 31), null, null, "RUS").drifting())
                .extracting(DeadlineDrift::commitmentId).containsExactly(UsRussia2011.CERT_EXCHANGE.id());
    }

    // ---- one arrangement

    @Test
    void an_arrangement_timeline_holds_its_steps_and_its_commitments_due_and_met() {
        ArrangementMilestones usRussia = registry.queries.handle(new FindArrangementMilestonesQuery(US_RU, null)).orElseThrow();

        assertThat(usRussia.milestones()).extracting(Milestone::on, Milestone::kind, Milestone::commitmentId).containsExactly(
                tuple(UsRussia2011.CONCLUDED, MilestoneKind.CONCLUDED, null),
                tuple(UsRussia2011.CONCLUDED, MilestoneKind.ENTERED_INTO_FORCE, null),
                tuple(UsRussia2011.MILITARY_VIEWS_FULFILLED, MilestoneKind.COMMITMENT_FULFILLED, UsRussia2011.MILITARY_VIEWS.id()),
                tuple(UsRussia2011.YEAR_END, MilestoneKind.COMMITMENT_DUE, UsRussia2011.INCIDENT_LINKS.id()),
                tuple(UsRussia2011.YEAR_END, MilestoneKind.COMMITMENT_DUE, UsRussia2011.MILITARY_VIEWS.id()),
                tuple(UsRussia2011.CERT_EXCHANGE_SECOND_DEADLINE, MilestoneKind.COMMITMENT_DUE, UsRussia2011.CERT_EXCHANGE.id()),
                tuple(UsRussia2011.SUSPENDED, MilestoneKind.STATUS_CHANGED, null),
                tuple(UsRussia2011.RESUMED, MilestoneKind.STATUS_CHANGED, null),
                tuple(UsRussia2011.TERMINATED, MilestoneKind.STATUS_CHANGED, null));
        assertThat(usRussia.milestones()).filteredOn(m -> UsRussia2011.CERT_EXCHANGE.id().equals(m.commitmentId())).singleElement()
                .satisfies(m -> {
                    assertThat(m.originalDueBy()).isEqualTo(UsRussia2011.YEAR_END);
                    assertThat(m.timesMoved()).isEqualTo(2);
                });
    }

    @Test
    void an_arrangement_timeline_as_of_a_day_holds_what_had_happened_and_the_dates_then_in_force() {
        ArrangementMilestones newYear2012 = registry.queries.handle(
                new FindArrangementMilestonesQuery(US_RU, LocalDate.of(2012, 1, 1))).orElseThrow();
        ArrangementMilestones beforeConclusion = registry.queries.handle(
                new FindArrangementMilestonesQuery(US_RU, LocalDate.of(2011, 6, 1))).orElseThrow();

        assertThat(newYear2012.judgedOn()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(newYear2012.milestones()).extracting(Milestone::on, Milestone::kind, Milestone::commitmentId, Milestone::overdue)
                .containsExactly(
                        tuple(UsRussia2011.CONCLUDED, MilestoneKind.CONCLUDED, null, false),
                        tuple(UsRussia2011.CONCLUDED, MilestoneKind.ENTERED_INTO_FORCE, null, false),
                        tuple(UsRussia2011.MILITARY_VIEWS_FULFILLED, MilestoneKind.COMMITMENT_FULFILLED, UsRussia2011.MILITARY_VIEWS.id(), false),
                        tuple(UsRussia2011.YEAR_END, MilestoneKind.COMMITMENT_DUE, UsRussia2011.INCIDENT_LINKS.id(), true),
                        tuple(UsRussia2011.YEAR_END, MilestoneKind.COMMITMENT_DUE, UsRussia2011.MILITARY_VIEWS.id(), false),
                        tuple(UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE, MilestoneKind.COMMITMENT_DUE, UsRussia2011.CERT_EXCHANGE.id(), false));
        assertThat(newYear2012.milestones()).allSatisfy(m -> assertThat(m.arrangementStatus()).isEqualTo(ArrangementStatus.IN_FORCE));
        assertThat(beforeConclusion.milestones()).isEmpty();
        assertThat(registry.queries.handle(new FindArrangementMilestonesQuery("no-such-arrangement", null))).isEmpty();
    }

    // ---- scorecards

    @Test
    void a_scorecard_tells_what_a_party_owes_its_contacts_health_and_the_papers_it_has_to_acknowledge() {
        PartyScorecard usa = card("USA", null);
        PartyScorecard russia = card("RUS", null);

        assertThat(usa).isEqualTo(new PartyScorecard("USA", 7, 4, 1, 2, 0, 2, 0, new ContactHealth(0, 1, 1, 0), 1));
        assertThat(russia).isEqualTo(new PartyScorecard("RUS", 3, 2, 0, 1, 0, 0, 0, new ContactHealth(0, 0, 0, 0), 0));
        assertThat(card("DEU", null).contacts()).isEqualTo(new ContactHealth(1, 0, 0, 0));
        assertThat(card("EU", null)).extracting(PartyScorecard::owed, PartyScorecard::withdrawn, PartyScorecard::overdue)
                .containsExactly(4, 1, 1);
    }

    @Test
    void a_scorecard_of_today_counts_each_party_contacts_by_the_liveness_the_directory_shows_for_them() {
        Map<String, Map<String, ContactRef>> contactsOf = registry.contacts.all();

        assertThat(contactsOf).isNotEmpty();
        contactsOf.forEach((party, refs) -> {
            Map<Liveness, Long> shown = registry.contactQueries.inEffect(
                            refs.values().stream().map(ContactRef::contactDocumentId).toList(), null).stream()
                    .collect(Collectors.groupingBy(ContactView::liveness, Collectors.counting()));
            assertThat(card(party, null).contacts()).as(party).isEqualTo(new ContactHealth(
                    shown.getOrDefault(Liveness.VERIFIED, 0L).intValue(), shown.getOrDefault(Liveness.STALE, 0L).intValue(),
                    shown.getOrDefault(Liveness.UNREACHABLE, 0L).intValue(), shown.getOrDefault(Liveness.UNTESTED, 0L).intValue()));
        });
    }

    @Test
    void while_the_directory_is_rebuilt_to_keep_the_facts_a_scorecard_of_today_judges_entries_without_them_from_their_documents() {
        PartyScorecards withFacts = registry.queries.handle(new FindPartyScorecardsQuery(null, null, null));
        List<KeyedEntries.Change<ContactRef>> namingTheDocumentOnly = new ArrayList<>();
        registry.contacts.all().forEach((party, refs) -> refs.forEach((key, ref) -> namingTheDocumentOnly.add(
                new KeyedEntries.Change<>(party, key, new ContactRef(ref.contactDocumentId(), null, null, null, null)))));

        registry.contacts.write(namingTheDocumentOnly);

        assertThat(registry.queries.handle(new FindPartyScorecardsQuery(null, null, null))).isEqualTo(withFacts);
    }

    @Test
    void a_scorecard_as_of_a_day_counts_as_things_stood_then() {
        LocalDate newYear2013 = LocalDate.of(2013, 1, 1);

        assertThat(card("USA", newYear2013)).isEqualTo(new PartyScorecard("USA", 7, 4, 1, 2, 0, 2, 0, new ContactHealth(0, 0, 0, 2), 0));
        assertThat(card("RUS", newYear2013)).isEqualTo(new PartyScorecard("RUS", 3, 2, 0, 1, 0, 1, 0, new ContactHealth(0, 0, 0, 1), 0));
        assertThat(card("EU", LocalDate.of(2011, 11, 1))).extracting(PartyScorecard::inProgress, PartyScorecard::fulfilledOnTime,
                PartyScorecard::withdrawn).containsExactly(1, 0, 0);
    }

    @Test
    void a_commitment_met_after_its_due_date_counts_as_fulfilled_late_now_and_on_later_days() {
        LocalDate sharedLate = LocalDate.of(2004, 5, 3);
        EventStream pointsShared = EventStream.arrangement(WATCH).then(WatchAndWarning.history())
                .then(new CommitmentFulfilled(WATCH, WatchAndWarning.POINTS_OF_CONTACT.id(), sharedLate, "Every state named its watch centre"),
                        "2004-05-04T09:00:00Z");
        DashboardFolds late = new DashboardFolds().deliverAll(EventStream.inRecordingOrder(pointsShared));

        FindPartyScorecardsQuery now = new FindPartyScorecardsQuery("DEU", null, null);
        FindPartyScorecardsQuery before = new FindPartyScorecardsQuery("DEU", sharedLate.minusDays(1), null);
        assertThat(late.queries.handle(now).parties()).singleElement()
                .extracting(PartyScorecard::fulfilledOnTime, PartyScorecard::fulfilledLate, PartyScorecard::overdue).containsExactly(0, 1, 0);
        assertThat(late.queries.handle(new FindPartyScorecardsQuery("DEU", sharedLate, null)).parties()).singleElement()
                .extracting(PartyScorecard::fulfilledLate).isEqualTo(1);
        assertThat(late.queries.handle(before).parties()).singleElement()
                .extracting(PartyScorecard::open, PartyScorecard::fulfilledLate, PartyScorecard::overdue).containsExactly(1, 0, 1);
    }

    @Test
    void the_scorecards_cover_every_party_the_registry_has_arrangements_with_in_effect_by_the_day_asked() {
        List<String> now = registry.queries.handle(new FindPartyScorecardsQuery(null, null, null)).parties().stream()
                .map(PartyScorecard::party).toList();
        List<String> in2005 = registry.queries.handle(new FindPartyScorecardsQuery(null, LocalDate.of(2005, 1, 1), null)).parties()
                .stream().map(PartyScorecard::party).toList();

        assertThat(now).hasSize(17).contains("EU", "RUS", "USA", "DEU").isSorted();
        assertThat(in2005).hasSize(15).doesNotContain("EU", "RUS");
    }

    @Test
    void a_registrar_sees_its_own_party_card_only() {
        assertThat(registry.queries.handle(new FindPartyScorecardsQuery(null, null, "RUS")).parties())
                .extracting(PartyScorecard::party).containsExactly("RUS");
        assertThat(registry.queries.handle(new FindPartyScorecardsQuery("USA", null, "RUS")).parties()).isEmpty();
    }

    // ---- rebuilds

    @Test
    void a_rebuild_after_a_reset_comes_out_the_same() {
        Map<String, Object> before = registry.content();

        // What each projection's reset handler does.
        registry.arrangementDocuments.deleteAll();
        registry.contactDocuments.deleteAll();
        registry.paperDocuments.deleteAll();
        assertThat(registry.months.all()).isEmpty();
        registry.deliverAll(DashboardFolds.theThreeArrangements());

        assertThat(registry.content()).usingRecursiveComparison().isEqualTo(before);
    }

    private MilestoneTimeline timeline(LocalDate from, LocalDate to, String party, LocalDate asOf, String visibleTo) {
        return registry.queries.handle(new FindMilestonesQuery(from, to, party, asOf, visibleTo));
    }

    private PartyScorecard card(String party, LocalDate asOf) {
        return registry.queries.handle(new FindPartyScorecardsQuery(party, asOf, null)).parties().get(0);
    }
}
