package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.ArrangementContact;
import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementPaper;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementResumed;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.arrangement.ArrangementTerminated;
import org.entente.api.arrangement.ArrangementView;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.StatusChange;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCounts;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.commitment.CommitmentView;
import org.entente.api.commitment.DeadlineExtension;
import org.entente.api.commitment.ProgressNote;
import org.entente.api.contact.ContactRole;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.fixtures.WatchAndWarning;
import org.entente.query.Delivery;
import org.entente.query.Variants;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.api.fixtures.Registry.TODAY;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.INCIDENT_LINKS;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;

class ArrangementProjectionTest {

    private static final EventStream US_RUSSIA = UsRussia2011.history();
    /** While it was in force: lateness is judged on commitments of an arrangement that is not on hold. */
    private static final EventStream US_RUSSIA_IN_FORCE = US_RUSSIA.first(US_RUSSIA.indexOf(ArrangementSuspended.class));
    private static final EventStream EU_US = EuUsWorkingGroup.history();

    private final InMemoryArrangementDocuments documents = new InMemoryArrangementDocuments();
    private final Delivery projection = Delivery.to(new ArrangementProjection(documents));

    @Test
    void the_recording_gives_the_instrument_kind_parties_and_conclusion_date() {
        ArrangementView view = viewAfter(US_RUSSIA, TODAY);

        assertThat(view.id()).isEqualTo(UsRussia2011.ID);
        assertThat(view.instrument()).isEqualTo(Instrument.JOINT_STATEMENT);
        assertThat(view.kind()).isEqualTo(ArrangementKind.BILATERAL);
        assertThat(view.parties()).containsExactly("USA", "RUS");
        assertThat(view.concludedOn()).isEqualTo(UsRussia2011.CONCLUDED);
    }

    @Test
    void an_amendment_replaces_the_title_and_the_source() {
        String renamed = "U.S.-Russian joint statement on confidence-building measures in cyberspace";
        EventStream amended = US_RUSSIA.first(1).then(new ArrangementAmended(UsRussia2011.ID, renamed,
                UsRussia2011.SOURCE_AMENDED, "Title as the statement gives it"), "2011-07-01T10:00:00Z");

        ArrangementView view = viewAfter(amended, TODAY);

        assertThat(view.title()).isEqualTo(renamed);
        assertThat(view.source()).isEqualTo(UsRussia2011.SOURCE_AMENDED);
    }

    @Test
    void the_status_is_the_one_of_the_last_transition() {
        assertThat(viewAfter(US_RUSSIA, TODAY).status()).isEqualTo(ArrangementStatus.TERMINATED);
    }

    @Test
    void every_status_transition_is_kept_in_order_with_its_effective_date_reason_and_recording_time() {
        assertThat(viewAfter(US_RUSSIA, TODAY).statusHistory()).containsExactly(
                new StatusChange(ArrangementStatus.IN_FORCE, UsRussia2011.CONCLUDED, "recorded",
                        US_RUSSIA.recordedAt(ArrangementRecorded.class)),
                new StatusChange(ArrangementStatus.SUSPENDED, UsRussia2011.SUSPENDED, UsRussia2011.SUSPENSION_REASON,
                        US_RUSSIA.recordedAt(ArrangementSuspended.class)),
                new StatusChange(ArrangementStatus.IN_FORCE, UsRussia2011.RESUMED, UsRussia2011.RESUMPTION_REASON,
                        US_RUSSIA.recordedAt(ArrangementResumed.class)),
                new StatusChange(ArrangementStatus.TERMINATED, UsRussia2011.TERMINATED, UsRussia2011.TERMINATION_REASON,
                        US_RUSSIA.recordedAt(ArrangementTerminated.class)));
    }

    @Test
    void an_arrangement_recorded_while_negotiating_enters_into_force_with_a_second_history_entry() {
        ArrangementView view = viewAfter(Variants.watchAndWarningNegotiatedInBerlin(), TODAY);

        assertThat(view.kind()).isEqualTo(ArrangementKind.MULTILATERAL);
        assertThat(view.status()).isEqualTo(ArrangementStatus.IN_FORCE);
        assertThat(view.statusHistory()).extracting(StatusChange::status, StatusChange::effectiveOn, StatusChange::reason)
                .containsExactly(
                        tuple(ArrangementStatus.NEGOTIATING, null, "recorded"),
                        tuple(ArrangementStatus.IN_FORCE, WatchAndWarning.CONCLUDED, WatchAndWarning.ENTRY_INTO_FORCE_REASON));
    }

    @Test
    void the_commitments_are_listed_in_the_order_they_were_added_with_what_was_promised() {
        assertThat(viewAfter(US_RUSSIA, TODAY).commitments())
                .extracting(CommitmentView::id, CommitmentView::text, CommitmentView::category, CommitmentView::owedBy)
                .containsExactly(
                        tuple(MILITARY_VIEWS.id(), MILITARY_VIEWS.text(), MILITARY_VIEWS.category(), MILITARY_VIEWS.owedBy()),
                        tuple(CERT_EXCHANGE.id(), CERT_EXCHANGE.text(), CERT_EXCHANGE.category(), CERT_EXCHANGE.owedBy()),
                        tuple(INCIDENT_LINKS.id(), INCIDENT_LINKS.text(), INCIDENT_LINKS.category(), INCIDENT_LINKS.owedBy()));
    }

    @Test
    void a_commitment_carries_when_it_was_recorded_and_agreed() {
        CommitmentView exercise = commitment(viewAfter(EU_US, TODAY), EuUsWorkingGroup.JOINT_EXERCISE.id());

        assertThat(exercise.agreedOn()).isEqualTo(EuUsWorkingGroup.DELIVERABLES_AGREED);
        assertThat(exercise.recordedAt()).isEqualTo(EU_US.recordedAt(CommitmentAdded.class));
    }

    @Test
    void a_commitment_fulfilled_by_the_exchange_of_papers_carries_its_date_papers_and_progress_notes() {
        CommitmentView militaryViews = commitment(viewAfter(US_RUSSIA, TODAY), MILITARY_VIEWS.id());

        assertThat(militaryViews.status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(militaryViews.fulfilledOn()).isEqualTo(UsRussia2011.MILITARY_VIEWS_FULFILLED);
        assertThat(militaryViews.fulfilledByPolicy()).isTrue();
        assertThat(militaryViews.evidencePapers()).containsExactly(UsRussia2011.US_PAPER, UsRussia2011.RUS_PAPER);
        assertThat(militaryViews.progress()).containsExactly(new ProgressNote("The United States handed over its paper",
                UsRussia2011.US_PAPER_HANDED_OVER, US_RUSSIA.recordedAt(CommitmentProgressRecorded.class)));
        assertThat(militaryViews.withdrawnOn()).isNull();
    }

    @Test
    void a_commitment_fulfilled_by_hand_carries_its_date_and_evidence() {
        CommitmentView conference = commitment(viewAfter(EU_US, TODAY), EuUsWorkingGroup.CONFERENCE.id());

        assertThat(conference.status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(conference.fulfilledOn()).isEqualTo(EuUsWorkingGroup.CONFERENCE_HELD);
        assertThat(conference.evidence()).isEqualTo(EuUsWorkingGroup.conferenceHeld().evidence());
        assertThat(conference.fulfilledByPolicy()).isFalse();
        assertThat(conference.evidencePapers()).isEmpty();
    }

    @Test
    void a_moved_deadline_changes_the_due_date_keeps_the_original_and_records_the_extension() {
        CommitmentView certExchange = commitment(viewAfter(US_RUSSIA, TODAY), CERT_EXCHANGE.id());

        assertThat(certExchange.dueBy()).isEqualTo(UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE);
        assertThat(certExchange.originalDueBy()).isEqualTo(UsRussia2011.YEAR_END);
        assertThat(certExchange.extensions()).containsExactly(new DeadlineExtension(UsRussia2011.YEAR_END,
                UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE, UsRussia2011.CERT_EXCHANGE_MOVE_REASON,
                UsRussia2011.CERT_EXCHANGE_MOVED_ON, US_RUSSIA.recordedAt(CommitmentDeadlineMoved.class)));
        assertThat(certExchange.status()).isEqualTo(CommitmentStatus.OPEN);
    }

    @Test
    void a_commitment_nobody_touched_stays_open_with_an_empty_history() {
        CommitmentView incidentLinks = commitment(viewAfter(US_RUSSIA, TODAY), INCIDENT_LINKS.id());

        assertThat(incidentLinks.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(incidentLinks.dueBy()).isEqualTo(incidentLinks.originalDueBy()).isEqualTo(UsRussia2011.YEAR_END);
        assertThat(incidentLinks.extensions()).isEmpty();
        assertThat(incidentLinks.progress()).isEmpty();
        assertThat(incidentLinks.fulfilledOn()).isNull();
        assertThat(incidentLinks.evidence()).isNull();
    }

    @Test
    void a_withdrawn_commitment_carries_its_date_and_reason() {
        CommitmentView convention = commitment(viewAfter(EU_US, TODAY), EuUsWorkingGroup.CONVENTION.id());

        assertThat(convention.status()).isEqualTo(CommitmentStatus.WITHDRAWN);
        assertThat(convention.withdrawnOn()).isEqualTo(EuUsWorkingGroup.CONVENTION_WITHDRAWN_ON);
        assertThat(convention.withdrawalReason()).isEqualTo(EuUsWorkingGroup.CONVENTION_WITHDRAWAL_REASON);
        assertThat(convention.fulfilledOn()).isNull();
    }

    @Test
    void progress_on_an_open_commitment_makes_it_in_progress() {
        CommitmentView awareness = commitment(viewAfter(EU_US, TODAY), EuUsWorkingGroup.AWARENESS.id());

        assertThat(awareness.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(awareness.progress()).extracting(ProgressNote::effectiveOn)
                .containsExactly(EuUsWorkingGroup.AWARENESS_ROADMAP_DRAFTED);
    }

    @Test
    void the_counts_add_up_the_commitments_by_status_and_lateness() {
        assertThat(viewAfter(US_RUSSIA_IN_FORCE, TODAY).counts()).isEqualTo(new CommitmentCounts(2, 0, 1, 0, 2));
        assertThat(viewAfter(EU_US, TODAY).counts()).isEqualTo(new CommitmentCounts(1, 1, 1, 1, 1));
    }

    @Test
    void the_open_commitments_of_a_suspended_or_terminated_arrangement_are_not_overdue() {
        EventStream suspended = US_RUSSIA.first(US_RUSSIA.indexOf(ArrangementSuspended.class) + 1);

        assertThat(viewAfter(suspended, TODAY).counts()).isEqualTo(new CommitmentCounts(2, 0, 1, 0, 0));
        assertThat(commitment(viewAfter(suspended, TODAY), INCIDENT_LINKS.id()).overdue()).isFalse();
        assertThat(viewAfter(US_RUSSIA, TODAY).counts()).isEqualTo(new CommitmentCounts(2, 0, 1, 0, 0));
    }

    @Test
    void the_version_is_the_number_of_events_folded_and_the_last_recording_time_is_the_latest() {
        ArrangementView view = viewAfter(US_RUSSIA, TODAY);

        assertThat(view.version()).isEqualTo(US_RUSSIA.size());
        assertThat(view.lastRecordedAt()).isEqualTo(US_RUSSIA.recordedAt(ArrangementTerminated.class));
    }

    @Test
    void the_version_follows_each_event_as_it_is_folded() {
        EventStream beginning = US_RUSSIA.first(6);

        ArrangementView view = viewAfter(beginning, TODAY);

        assertThat(view.version()).isEqualTo(6);
        assertThat(view.lastRecordedAt()).isEqualTo(beginning.messages().get(5).getTimestamp());
    }

    @Test
    void a_commitment_is_not_overdue_on_its_due_day_and_is_the_day_after() {
        ArrangementView onTheDueDay = viewAfter(US_RUSSIA_IN_FORCE, UsRussia2011.YEAR_END);
        ArrangementView theDayAfter = viewAfter(US_RUSSIA_IN_FORCE, UsRussia2011.YEAR_END.plusDays(1));

        assertThat(commitment(onTheDueDay, INCIDENT_LINKS.id()).overdue()).isFalse();
        assertThat(onTheDueDay.counts().overdue()).isZero();
        assertThat(commitment(theDayAfter, INCIDENT_LINKS.id()).overdue()).isTrue();
        assertThat(theDayAfter.counts().overdue()).isEqualTo(1);
    }

    @Test
    void lateness_follows_the_moved_deadline_not_the_original_one() {
        LocalDate newDeadline = UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE;

        assertThat(commitment(viewAfter(US_RUSSIA_IN_FORCE, UsRussia2011.YEAR_END.plusDays(1)), CERT_EXCHANGE.id()).overdue()).isFalse();
        assertThat(commitment(viewAfter(US_RUSSIA_IN_FORCE, newDeadline), CERT_EXCHANGE.id()).overdue()).isFalse();
        assertThat(commitment(viewAfter(US_RUSSIA_IN_FORCE, newDeadline.plusDays(1)), CERT_EXCHANGE.id()).overdue()).isTrue();
    }

    @Test
    void a_fulfilled_or_withdrawn_commitment_or_one_without_a_due_date_is_never_overdue() {
        ArrangementView workingGroup = viewAfter(EU_US, LocalDate.of(2099, 1, 1));

        assertThat(commitment(viewAfter(US_RUSSIA, TODAY), MILITARY_VIEWS.id()).overdue()).as("fulfilled").isFalse();
        assertThat(commitment(workingGroup, EuUsWorkingGroup.CONFERENCE.id()).overdue()).as("fulfilled").isFalse();
        assertThat(commitment(workingGroup, EuUsWorkingGroup.CONVENTION.id()).overdue()).as("withdrawn").isFalse();
        assertThat(commitment(workingGroup, EuUsWorkingGroup.AWARENESS.id()).overdue()).as("no due date").isFalse();
        assertThat(commitment(workingGroup, EuUsWorkingGroup.AWARENESS.id()).originalDueBy()).isNull();
    }

    @Test
    void the_contacts_are_listed_with_their_office_designation_and_retirement() {
        assertThat(viewAfter(US_RUSSIA, TODAY).contacts()).containsExactly(
                new ArrangementContact(UsRussia2011.USA_HOTLINE.id(), "USA", ContactRole.HOTLINE_24_7,
                        UsRussia2011.USA_HOTLINE.details().office(), UsRussia2011.USA_HOTLINE.designatedOn(), null),
                new ArrangementContact(UsRussia2011.RUS_CERT.id(), "RUS", ContactRole.TECHNICAL,
                        UsRussia2011.RUS_CERT_DETAILS_2013.office(), UsRussia2011.RUS_CERT.designatedOn(),
                        UsRussia2011.TERMINATED));
    }

    @Test
    void the_papers_list_their_addressees_and_those_that_acknowledged_receipt() {
        assertThat(viewAfter(US_RUSSIA, TODAY).papers()).containsExactly(
                new ArrangementPaper(UsRussia2011.US_PAPER, "USA", UsRussia2011.usPaperSubmitted().title(), "1",
                        List.of("RUS"), List.of("RUS"), null),
                new ArrangementPaper(UsRussia2011.RUS_PAPER, "RUS", UsRussia2011.rusPaperSubmitted().title(), "1",
                        List.of("USA"), List.of("USA"), null));
        assertThat(viewAfter(EU_US, TODAY).papers()).extracting(ArrangementPaper::id, ArrangementPaper::acknowledgedBy)
                .containsExactly(tuple(EuUsWorkingGroup.EU_STRATEGY, List.of()));
    }

    @Test
    void a_superseded_paper_names_the_paper_that_replaced_it() {
        assertThat(viewAfter(Variants.usRussiaWithRevisedPaper(), TODAY).papers())
                .extracting(ArrangementPaper::id, ArrangementPaper::version, ArrangementPaper::supersededBy)
                .containsExactly(tuple(UsRussia2011.US_PAPER, "1", UsRussia2011.US_PAPER_REVISED),
                        tuple(UsRussia2011.US_PAPER_REVISED, "2", null));
    }

    @Test
    void an_event_of_an_arrangement_never_recorded_is_refused() {
        assertThatThrownBy(() -> projection.deliver(US_RUSSIA.messageOf(ArrangementSuspended.class)))
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(UsRussia2011.ID);
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void an_event_of_a_commitment_never_added_is_refused() {
        projection.deliver(US_RUSSIA.messages().get(0));

        assertThatThrownBy(() -> projection.deliver(US_RUSSIA.messageOf(CommitmentDeadlineMoved.class)))
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(CERT_EXCHANGE.id());
        assertThat(documents.find(UsRussia2011.ID).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void the_reset_handler_empties_the_store() {
        ArrangementProjection projection = new ArrangementProjection(documents);
        Delivery.to(projection).deliverAll(US_RUSSIA.messages()).deliverAll(EU_US.messages());

        projection.reset();

        assertThat(documents.all()).isEmpty();
    }

    private ArrangementView viewAfter(EventStream stream, LocalDate day) {
        documents.deleteAll();
        projection.deliverAll(stream.messages());
        return documents.find(stream.aggregateId()).orElseThrow().toView(day);
    }

    private static CommitmentView commitment(ArrangementView view, String commitmentId) {
        return view.commitments().stream().filter(c -> c.id().equals(commitmentId)).findFirst().orElseThrow();
    }
}
