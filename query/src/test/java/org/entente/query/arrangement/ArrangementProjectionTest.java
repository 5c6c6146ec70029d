package org.entente.query.arrangement;

import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.SourceReference;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.view.ArrangementView;
import org.entente.api.view.CommitmentCounts;
import org.entente.api.view.CommitmentView;
import org.entente.api.view.DeadlineExtension;
import org.entente.api.view.ProgressNote;
import org.entente.api.view.StatusChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.query.arrangement.ArrangementStreams.CERT_EXCHANGE;
import static org.entente.query.arrangement.ArrangementStreams.INCIDENT_LINKS;
import static org.entente.query.arrangement.ArrangementStreams.MILITARY_VIEWS;
import static org.entente.query.arrangement.ArrangementStreams.TODAY;
import static org.entente.query.arrangement.ArrangementStreams.US_RU;
import static org.entente.query.arrangement.ArrangementStreams.arrangement;
import static org.entente.query.arrangement.ArrangementStreams.deliver;
import static org.entente.query.arrangement.ArrangementStreams.deliverAll;
import static org.entente.query.arrangement.ArrangementStreams.usRussiaStream;

class ArrangementProjectionTest {

    private InMemoryArrangementDocuments documents;
    private ArrangementProjection projection;

    @BeforeEach
    void setUp() {
        documents = new InMemoryArrangementDocuments();
        projection = new ArrangementProjection(documents);
    }

    @Test
    void the_recording_gives_the_instrument_kind_parties_and_conclusion_date() {
        ArrangementView view = usRussiaViewOn(TODAY);

        assertThat(view.id()).isEqualTo(US_RU);
        assertThat(view.instrument()).isEqualTo(Instrument.JOINT_STATEMENT);
        assertThat(view.kind()).isEqualTo(ArrangementKind.BILATERAL);
        assertThat(view.parties()).containsExactly("USA", "RUS");
        assertThat(view.concludedOn()).isEqualTo(LocalDate.of(2011, 7, 15));
    }

    @Test
    void an_amendment_replaces_the_title_and_the_source() {
        ArrangementView view = usRussiaViewOn(TODAY);

        assertThat(view.title()).isEqualTo(
                "Joint statement on confidence-building measures in information and communications technologies");
        assertThat(view.source()).isEqualTo(new SourceReference("Joint statement, official text",
                "https://example.org/us-ru/2011-07/official"));
    }

    @Test
    void the_status_is_the_one_of_the_last_transition() {
        assertThat(usRussiaViewOn(TODAY).status()).isEqualTo(ArrangementStatus.TERMINATED);
    }

    @Test
    void every_status_transition_is_kept_in_order_with_its_effective_date_reason_and_recording_time() {
        assertThat(usRussiaViewOn(TODAY).statusHistory()).containsExactly(
                new StatusChange(ArrangementStatus.IN_FORCE, LocalDate.of(2011, 7, 15), "recorded",
                        Instant.parse("2011-07-18T09:30:00Z")),
                new StatusChange(ArrangementStatus.SUSPENDED, LocalDate.of(2014, 3, 20), "Bilateral contacts frozen",
                        Instant.parse("2014-03-21T12:00:00Z")),
                new StatusChange(ArrangementStatus.IN_FORCE, LocalDate.of(2015, 9, 1), "Working-level contacts restored",
                        Instant.parse("2015-09-02T09:00:00Z")),
                new StatusChange(ArrangementStatus.TERMINATED, LocalDate.of(2016, 12, 29), "Ended by the parties",
                        Instant.parse("2017-01-05T11:00:00Z")));
    }

    @Test
    void an_arrangement_recorded_while_negotiating_enters_into_force_with_a_second_history_entry() {
        deliverAll(projection, arrangement("osce-poc")
                .recorded("Points of contact network", Instrument.OTHER, ArrangementStatus.NEGOTIATING, null, null,
                        "2012-01-10T09:00:00Z", "DEU", "FRA", "POL")
                .enteredIntoForce(LocalDate.of(2013, 12, 3), "Adopted by the Permanent Council", "2013-12-04T09:00:00Z")
                .events());

        ArrangementView view = documents.find("osce-poc").orElseThrow().toView(TODAY);

        assertThat(view.kind()).isEqualTo(ArrangementKind.MULTILATERAL);
        assertThat(view.status()).isEqualTo(ArrangementStatus.IN_FORCE);
        assertThat(view.statusHistory()).extracting(StatusChange::status, StatusChange::effectiveOn, StatusChange::reason)
                .containsExactly(
                        tuple(ArrangementStatus.NEGOTIATING, null, "recorded"),
                        tuple(ArrangementStatus.IN_FORCE, LocalDate.of(2013, 12, 3),
                                "Adopted by the Permanent Council"));
    }

    @Test
    void the_commitments_are_listed_in_the_order_they_were_added_with_what_was_promised() {
        assertThat(usRussiaViewOn(TODAY).commitments())
                .extracting(CommitmentView::id, CommitmentView::category, CommitmentView::owedBy, CommitmentView::recordedAt)
                .containsExactly(
                        tuple(MILITARY_VIEWS, CommitmentCategory.DOCTRINE_EXCHANGE,
                                List.of("USA", "RUS"), Instant.parse("2011-07-18T09:31:00Z")),
                        tuple(CERT_EXCHANGE, CommitmentCategory.INFORMATION_EXCHANGE,
                                List.of("USA", "RUS"), Instant.parse("2011-07-18T09:32:00Z")),
                        tuple(INCIDENT_LINKS, CommitmentCategory.COMMUNICATION_LINK,
                                List.of("USA", "RUS"), Instant.parse("2011-07-18T09:33:00Z")));
    }

    @Test
    void a_fulfilled_commitment_carries_its_date_evidence_and_progress_notes() {
        CommitmentView militaryViews = commitment(usRussiaViewOn(TODAY), MILITARY_VIEWS);

        assertThat(militaryViews.status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(militaryViews.fulfilledOn()).isEqualTo(LocalDate.of(2011, 12, 20));
        assertThat(militaryViews.evidence()).isEqualTo("Both papers exchanged, receipts on file");
        assertThat(militaryViews.progress()).containsExactly(new ProgressNote("United States paper handed over",
                LocalDate.of(2011, 11, 2), Instant.parse("2011-11-03T14:00:00Z")));
        assertThat(militaryViews.dueBy()).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(militaryViews.withdrawnOn()).isNull();
    }

    @Test
    void a_moved_deadline_changes_the_due_date_keeps_the_original_and_records_the_extension() {
        CommitmentView certExchange = commitment(usRussiaViewOn(TODAY), CERT_EXCHANGE);

        assertThat(certExchange.dueBy()).isEqualTo(LocalDate.of(2012, 6, 30));
        assertThat(certExchange.originalDueBy()).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(certExchange.extensions()).containsExactly(new DeadlineExtension(LocalDate.of(2011, 12, 31),
                LocalDate.of(2012, 6, 30), "CERT-to-CERT arrangement awaits signature", LocalDate.of(2011, 12, 28),
                Instant.parse("2011-12-28T16:45:00Z")));
        assertThat(certExchange.status()).isEqualTo(CommitmentStatus.OPEN);
    }

    @Test
    void a_commitment_nobody_touched_stays_open_with_an_empty_history() {
        CommitmentView incidentLinks = commitment(usRussiaViewOn(TODAY), INCIDENT_LINKS);

        assertThat(incidentLinks.text()).isEqualTo("Communicate about cyber incidents over the 24/7 risk-reduction links");
        assertThat(incidentLinks.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(incidentLinks.dueBy()).isEqualTo(incidentLinks.originalDueBy()).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(incidentLinks.extensions()).isEmpty();
        assertThat(incidentLinks.progress()).isEmpty();
        assertThat(incidentLinks.fulfilledOn()).isNull();
        assertThat(incidentLinks.evidence()).isNull();
    }

    @Test
    void a_withdrawn_commitment_carries_its_date_and_reason() {
        deliverAll(projection, usRussiaWithWithdrawnLinks());

        CommitmentView incidentLinks = commitment(documents.find(US_RU).orElseThrow().toView(TODAY), INCIDENT_LINKS);

        assertThat(incidentLinks.status()).isEqualTo(CommitmentStatus.WITHDRAWN);
        assertThat(incidentLinks.withdrawnOn()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(incidentLinks.withdrawalReason()).isEqualTo("Covered by the existing hotline agreement");
        assertThat(incidentLinks.fulfilledOn()).isNull();
    }

    @Test
    void progress_on_an_open_commitment_makes_it_in_progress() {
        deliverAll(projection, arrangement(US_RU)
                .recorded("Joint statement", ArrangementStatus.IN_FORCE, "2011-07-18T09:30:00Z", "USA", "RUS")
                .commitmentAdded(CERT_EXCHANGE, "CERT exchange", CommitmentCategory.INFORMATION_EXCHANGE,
                        LocalDate.of(2011, 12, 31), "2011-07-18T09:31:00Z", "USA", "RUS")
                .progressRecorded(CERT_EXCHANGE, "First botnet report shared", LocalDate.of(2011, 10, 1),
                        "2011-10-02T09:00:00Z")
                .events());

        ArrangementView view = documents.find(US_RU).orElseThrow().toView(TODAY);

        assertThat(commitment(view, CERT_EXCHANGE).status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(view.counts()).isEqualTo(new CommitmentCounts(0, 1, 0, 0, 1));
    }

    @Test
    void the_counts_add_up_the_commitments_by_status_and_lateness() {
        assertThat(usRussiaViewOn(TODAY).counts()).isEqualTo(new CommitmentCounts(2, 0, 1, 0, 2));
    }

    @Test
    void the_version_is_the_number_of_events_folded_and_the_last_recording_time_is_the_latest() {
        ArrangementView view = usRussiaViewOn(TODAY);

        assertThat(view.version()).isEqualTo(usRussiaStream().size()).isEqualTo(11);
        assertThat(view.lastRecordedAt()).isEqualTo(Instant.parse("2017-01-05T11:00:00Z"));
    }

    @Test
    void the_version_follows_each_event_as_it_is_folded() {
        List<ArrangementStreams.Envelope> stream = usRussiaStream();
        deliverAll(projection, stream.subList(0, 6));

        ArrangementView view = documents.find(US_RU).orElseThrow().toView(TODAY);

        assertThat(view.version()).isEqualTo(6);
        assertThat(view.lastRecordedAt()).isEqualTo(ArrangementStreams.first(stream, CommitmentFulfilled.class).recordedAt());
    }

    @Test
    void a_commitment_is_not_overdue_on_its_due_day() {
        ArrangementView view = usRussiaViewOn(LocalDate.of(2011, 12, 31));

        assertThat(commitment(view, INCIDENT_LINKS).overdue()).isFalse();
        assertThat(view.counts().overdue()).isZero();
    }

    @Test
    void a_commitment_is_overdue_the_day_after_its_due_day() {
        ArrangementView view = usRussiaViewOn(LocalDate.of(2012, 1, 1));

        assertThat(commitment(view, INCIDENT_LINKS).overdue()).isTrue();
        assertThat(view.counts().overdue()).isEqualTo(1);
    }

    @Test
    void lateness_follows_the_moved_deadline_not_the_original_one() {
        assertThat(commitment(usRussiaViewOn(LocalDate.of(2012, 1, 1)), CERT_EXCHANGE).overdue()).isFalse();
        assertThat(commitment(usRussiaViewOn(LocalDate.of(2012, 6, 30)), CERT_EXCHANGE).overdue()).isFalse();
        assertThat(commitment(usRussiaViewOn(LocalDate.of(2012, 7, 1)), CERT_EXCHANGE).overdue()).isTrue();
    }

    @Test
    void a_fulfilled_commitment_is_never_overdue() {
        assertThat(commitment(usRussiaViewOn(TODAY), MILITARY_VIEWS).overdue()).isFalse();
    }

    @Test
    void a_withdrawn_commitment_is_never_overdue() {
        deliverAll(projection, usRussiaWithWithdrawnLinks());

        ArrangementView view = documents.find(US_RU).orElseThrow().toView(TODAY);

        assertThat(commitment(view, INCIDENT_LINKS).overdue()).isFalse();
        assertThat(view.counts()).isEqualTo(new CommitmentCounts(1, 0, 1, 1, 1));
    }

    @Test
    void a_commitment_without_a_due_date_is_never_overdue() {
        deliverAll(projection, arrangement(US_RU)
                .recorded("Joint statement", ArrangementStatus.IN_FORCE, "2011-07-18T09:30:00Z", "USA", "RUS")
                .commitmentAdded("dialogue", "Keep talking", CommitmentCategory.OTHER, null, "2011-07-18T09:31:00Z",
                        "USA", "RUS")
                .events());

        ArrangementView view = documents.find(US_RU).orElseThrow().toView(LocalDate.of(2099, 1, 1));

        assertThat(commitment(view, "dialogue").overdue()).isFalse();
        assertThat(commitment(view, "dialogue").originalDueBy()).isNull();
    }

    @Test
    void an_event_for_an_arrangement_never_recorded_is_refused() {
        ArrangementStreams.Envelope suspension = arrangement("nowhere")
                .suspended(LocalDate.of(2014, 3, 20), "Frozen", "2014-03-21T12:00:00Z")
                .events().get(0);

        assertThatThrownBy(() -> deliver(projection, suspension))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nowhere");
        assertThat(documents.size()).isZero();
    }

    @Test
    void an_event_for_a_commitment_never_added_is_refused() {
        List<ArrangementStreams.Envelope> stream = arrangement(US_RU)
                .recorded("Joint statement", ArrangementStatus.IN_FORCE, "2011-07-18T09:30:00Z", "USA", "RUS")
                .fulfilled("ghost", LocalDate.of(2011, 12, 20), null, "2011-12-21T08:15:00Z")
                .events();
        deliver(projection, stream.get(0));

        assertThatThrownBy(() -> deliver(projection, stream.get(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ghost");
        assertThat(documents.find(US_RU).orElseThrow().version()).isEqualTo(1);
    }

    private ArrangementView usRussiaViewOn(LocalDate day) {
        deliverAll(projection, usRussiaStream());
        return documents.find(US_RU).orElseThrow().toView(day);
    }

    /** The real stream up to the moved deadline, then the incident links given up instead of the amendment. */
    private static List<ArrangementStreams.Envelope> usRussiaWithWithdrawnLinks() {
        return ArrangementStreams.continuing(US_RU, usRussiaStream().subList(0, 7))
                .withdrawn(INCIDENT_LINKS, "Covered by the existing hotline agreement", LocalDate.of(2012, 3, 1),
                        "2012-03-02T10:00:00Z")
                .events();
    }

    private static CommitmentView commitment(ArrangementView view, String commitmentId) {
        return view.commitments().stream().filter(c -> c.id().equals(commitmentId)).findFirst().orElseThrow();
    }
}
