package org.entente.query.party;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentCounts;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.fixtures.EuUsWorkingGroup;
import org.entente.api.fixtures.EventStream;
import org.entente.api.fixtures.Registry;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.party.FindPartyCommitmentsQuery;
import org.entente.api.party.OwedCommitment;
import org.entente.api.party.PartyCommitments;
import org.entente.query.Delivery;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.arrangement.InMemoryArrangementDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.api.fixtures.EuUsWorkingGroup.AWARENESS;
import static org.entente.api.fixtures.EuUsWorkingGroup.CONFERENCE;
import static org.entente.api.fixtures.EuUsWorkingGroup.CONVENTION;
import static org.entente.api.fixtures.EuUsWorkingGroup.JOINT_EXERCISE;
import static org.entente.api.fixtures.UsRussia2011.CERT_EXCHANGE;
import static org.entente.api.fixtures.UsRussia2011.INCIDENT_LINKS;
import static org.entente.api.fixtures.UsRussia2011.MILITARY_VIEWS;

/**
 * The United States owes every commitment of the US-Russia statement and three of the four deliverables
 * of the EU-US working group; the EU alone owes the accession work on the convention.
 */
class PartyCommitmentsTest {

    private static final String US_RU = UsRussia2011.ID;
    private static final String EU_US = EuUsWorkingGroup.ID;

    private final InMemoryArrangementDocuments documents = new InMemoryArrangementDocuments();
    private final InMemoryPartyLedger ledger = new InMemoryPartyLedger();
    private final PartyLedgerProjection ledgerProjection = new PartyLedgerProjection(ledger);
    private final Delivery arrangements = Delivery.to(new ArrangementProjection(documents));
    private final Delivery obligations = Delivery.to(ledgerProjection);
    private final PartyQueries queries = new PartyQueries(ledger, documents, Registry.CLOCK);

    @BeforeEach
    void both_projections_fold_the_two_arrangements() {
        EventStream.inRecordingOrder(UsRussia2011.history(), EuUsWorkingGroup.history()).forEach(this::deliver);
    }

    @Test
    void a_party_sees_exactly_the_commitments_it_owes_across_arrangements() {
        PartyCommitments usa = owedBy("USA");

        assertThat(usa.party()).isEqualTo("USA");
        assertThat(usa.commitments()).extracting(OwedCommitment::arrangementId, OwedCommitment::commitmentId)
                .containsExactlyInAnyOrder(
                        tuple(US_RU, MILITARY_VIEWS.id()), tuple(US_RU, CERT_EXCHANGE.id()), tuple(US_RU, INCIDENT_LINKS.id()),
                        tuple(EU_US, JOINT_EXERCISE.id()), tuple(EU_US, AWARENESS.id()), tuple(EU_US, CONFERENCE.id()));
    }

    @Test
    void a_party_sees_nothing_it_does_not_owe_even_in_its_own_arrangements() {
        assertThat(owedBy("RUS").commitments()).extracting(OwedCommitment::arrangementId).containsOnly(US_RU).hasSize(3);
        assertThat(owedBy("EU").commitments()).extracting(OwedCommitment::commitmentId)
                .containsExactlyInAnyOrder(JOINT_EXERCISE.id(), AWARENESS.id(), CONFERENCE.id(), CONVENTION.id());
    }

    @Test
    void what_a_party_owes_as_another_party_may_know_it_leaves_out_the_arrangements_that_party_is_not_party_to() {
        PartyCommitments asRussiaKnowsIt = queries.handle(new FindPartyCommitmentsQuery("USA", null, null, "RUS"));

        assertThat(asRussiaKnowsIt.commitments()).extracting(OwedCommitment::arrangementId).containsOnly(US_RU).hasSize(3);
        assertThat(asRussiaKnowsIt.counts().open() + asRussiaKnowsIt.counts().inProgress() + asRussiaKnowsIt.counts().fulfilled()
                + asRussiaKnowsIt.counts().withdrawn()).as("counted as listed").isEqualTo(3);
    }

    @Test
    void a_party_that_owes_nothing_sees_nothing() {
        PartyCommitments germany = owedBy("DEU");

        assertThat(germany.commitments()).isEmpty();
        assertThat(germany.counts()).isEqualTo(new CommitmentCounts(0, 0, 0, 0, 0));
    }

    @Test
    void an_owed_commitment_names_its_arrangement_as_it_stands_now() {
        OwedCommitment incidentLinks = owedByUsa(INCIDENT_LINKS.id());

        assertThat(incidentLinks.arrangementTitle()).isEqualTo(UsRussia2011.TITLE);
        assertThat(incidentLinks.arrangementStatus()).isEqualTo(ArrangementStatus.TERMINATED);
        assertThat(incidentLinks.category()).isEqualTo(CommitmentCategory.COMMUNICATION_LINK);
        assertThat(incidentLinks.owedBy()).containsExactly("USA", "RUS");
    }

    @Test
    void an_owed_commitment_shows_its_current_due_date_status_and_fulfilment() {
        assertThat(owedByUsa(CERT_EXCHANGE.id()).dueBy()).isEqualTo(UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE);
        assertThat(owedByUsa(MILITARY_VIEWS.id()).status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(owedByUsa(MILITARY_VIEWS.id()).fulfilledOn()).isEqualTo(UsRussia2011.MILITARY_VIEWS_FULFILLED);
        assertThat(owedByUsa(AWARENESS.id()).status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    }

    @Test
    void the_counts_cover_everything_the_party_owes() {
        assertThat(owedBy("USA").counts()).isEqualTo(new CommitmentCounts(3, 1, 2, 0, 3));
        assertThat(owedBy("EU").counts()).isEqualTo(new CommitmentCounts(1, 1, 1, 1, 1));
    }

    @Test
    void the_counts_are_taken_before_the_filters() {
        PartyCommitments lateOnly = queries.handle(new FindPartyCommitmentsQuery("USA", CommitmentStatus.OPEN, true));

        assertThat(lateOnly.commitments()).hasSize(3);
        assertThat(lateOnly.counts()).isEqualTo(new CommitmentCounts(3, 1, 2, 0, 3));
    }

    @Test
    void filtering_by_status_keeps_only_that_status() {
        PartyCommitments withdrawn = queries.handle(new FindPartyCommitmentsQuery("EU", CommitmentStatus.WITHDRAWN, null));
        PartyCommitments open = queries.handle(new FindPartyCommitmentsQuery("USA", CommitmentStatus.OPEN, null));

        assertThat(withdrawn.commitments()).extracting(OwedCommitment::commitmentId).containsExactly(CONVENTION.id());
        assertThat(open.commitments()).extracting(OwedCommitment::commitmentId)
                .containsExactly(INCIDENT_LINKS.id(), CERT_EXCHANGE.id(), JOINT_EXERCISE.id());
    }

    @Test
    void filtering_by_overdue_keeps_only_the_late_ones() {
        PartyCommitments late = queries.handle(new FindPartyCommitmentsQuery("USA", null, true));

        assertThat(late.commitments()).extracting(OwedCommitment::commitmentId)
                .containsExactly(INCIDENT_LINKS.id(), CERT_EXCHANGE.id(), JOINT_EXERCISE.id());
        assertThat(late.commitments()).allMatch(OwedCommitment::overdue);
    }

    @Test
    void filtering_by_not_overdue_keeps_the_ones_in_time_closed_or_without_a_due_date() {
        PartyCommitments inTime = queries.handle(new FindPartyCommitmentsQuery("USA", null, false));

        assertThat(inTime.commitments()).extracting(OwedCommitment::commitmentId)
                .containsExactly(CONFERENCE.id(), MILITARY_VIEWS.id(), AWARENESS.id());
    }

    @Test
    void commitments_are_sorted_earliest_due_first_with_no_due_date_last() {
        assertThat(owedBy("USA").commitments())
                .extracting(OwedCommitment::dueBy, OwedCommitment::arrangementId, OwedCommitment::commitmentId)
                .containsExactly(
                        tuple(EuUsWorkingGroup.END_2011, EU_US, CONFERENCE.id()),
                        tuple(UsRussia2011.YEAR_END, US_RU, INCIDENT_LINKS.id()),
                        tuple(UsRussia2011.YEAR_END, US_RU, MILITARY_VIEWS.id()),
                        tuple(UsRussia2011.CERT_EXCHANGE_NEW_DEADLINE, US_RU, CERT_EXCHANGE.id()),
                        tuple(EuUsWorkingGroup.EXERCISE_NEW_DEADLINE, EU_US, JOINT_EXERCISE.id()),
                        tuple((LocalDate) null, EU_US, AWARENESS.id()));
    }

    @Test
    void a_redelivered_commitment_addition_duplicates_nothing() {
        PartyCommitments before = owedBy("USA");

        deliver(UsRussia2011.history().messageOf(CommitmentAdded.class));
        deliver(EuUsWorkingGroup.history().messageOf(CommitmentAdded.class));

        assertThat(owedBy("USA")).isEqualTo(before);
        assertThat(ledger.arrangementsOwedBy("USA")).containsExactlyInAnyOrder(US_RU, EU_US);
    }

    @Test
    void the_ledger_reset_handler_forgets_every_obligation() {
        ledgerProjection.reset();

        assertThat(ledger.arrangementsOwedBy("USA")).isEmpty();
        assertThat(owedBy("USA").commitments()).isEmpty();
    }

    private PartyCommitments owedBy(String party) {
        return queries.handle(new FindPartyCommitmentsQuery(party, null, null));
    }

    private OwedCommitment owedByUsa(String commitmentId) {
        return owedBy("USA").commitments().stream()
                .filter(c -> c.commitmentId().equals(commitmentId)).findFirst().orElseThrow();
    }

    /** Both projections see every event, as their processors would; the ledger only folds additions. */
    private void deliver(DomainEventMessage<?> event) {
        arrangements.deliver(event);
        obligations.deliver(event);
    }
}
