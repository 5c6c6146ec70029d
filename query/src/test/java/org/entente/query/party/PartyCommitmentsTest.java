package org.entente.query.party;

import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentStatus;
import org.entente.api.party.FindPartyCommitmentsQuery;
import org.entente.api.view.CommitmentCounts;
import org.entente.api.view.OwedCommitment;
import org.entente.api.view.PartyCommitments;
import org.entente.query.arrangement.ArrangementProjection;
import org.entente.query.arrangement.ArrangementStreams;
import org.entente.query.arrangement.ArrangementStreams.Envelope;
import org.entente.query.arrangement.InMemoryArrangementDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.query.arrangement.ArrangementStreams.AWARENESS;
import static org.entente.query.arrangement.ArrangementStreams.BOTNETS;
import static org.entente.query.arrangement.ArrangementStreams.CERT_EXCHANGE;
import static org.entente.query.arrangement.ArrangementStreams.CONFERENCE;
import static org.entente.query.arrangement.ArrangementStreams.CONVENTION;
import static org.entente.query.arrangement.ArrangementStreams.EU_US;
import static org.entente.query.arrangement.ArrangementStreams.REGISTRY_CLOCK;
import static org.entente.query.arrangement.ArrangementStreams.INCIDENT_LINKS;
import static org.entente.query.arrangement.ArrangementStreams.JOINT_EXERCISE;
import static org.entente.query.arrangement.ArrangementStreams.MILITARY_VIEWS;
import static org.entente.query.arrangement.ArrangementStreams.US_RU;
import static org.entente.query.arrangement.ArrangementStreams.euUsWorkingGroupStream;
import static org.entente.query.arrangement.ArrangementStreams.first;
import static org.entente.query.arrangement.ArrangementStreams.usRussiaStream;

/**
 * The United States owes every commitment of the US-Russia statement and four of the five of the EU-US
 * working group; the EU alone owes the conference.
 */
class PartyCommitmentsTest {

    private InMemoryArrangementDocuments documents;
    private InMemoryPartyLedger ledger;
    private ArrangementProjection arrangements;
    private PartyLedgerProjection ledgerProjection;
    private PartyQueries queries;

    @BeforeEach
    void setUp() {
        documents = new InMemoryArrangementDocuments();
        ledger = new InMemoryPartyLedger();
        arrangements = new ArrangementProjection(documents);
        ledgerProjection = new PartyLedgerProjection(ledger);
        queries = new PartyQueries(ledger, documents, REGISTRY_CLOCK);
        deliverAll(usRussiaStream());
        deliverAll(euUsWorkingGroupStream());
    }

    @Test
    void a_party_sees_exactly_the_commitments_it_owes_across_arrangements() {
        PartyCommitments usa = queries.handle(new FindPartyCommitmentsQuery("USA", null, null));

        assertThat(usa.party()).isEqualTo("USA");
        assertThat(usa.commitments()).extracting(OwedCommitment::arrangementId, OwedCommitment::commitmentId)
                .containsExactlyInAnyOrder(
                        tuple(US_RU, MILITARY_VIEWS), tuple(US_RU, CERT_EXCHANGE), tuple(US_RU, INCIDENT_LINKS),
                        tuple(EU_US, JOINT_EXERCISE), tuple(EU_US, BOTNETS), tuple(EU_US, AWARENESS),
                        tuple(EU_US, CONVENTION));
    }

    @Test
    void a_party_sees_nothing_it_does_not_owe_even_in_its_own_arrangements() {
        PartyCommitments russia = queries.handle(new FindPartyCommitmentsQuery("RUS", null, null));
        PartyCommitments eu = queries.handle(new FindPartyCommitmentsQuery("EU", null, null));

        assertThat(russia.commitments()).extracting(OwedCommitment::arrangementId).containsOnly(US_RU).hasSize(3);
        assertThat(eu.commitments()).extracting(OwedCommitment::commitmentId)
                .containsExactlyInAnyOrder(JOINT_EXERCISE, BOTNETS, AWARENESS, CONFERENCE, CONVENTION);
    }

    @Test
    void a_party_that_owes_nothing_sees_nothing() {
        PartyCommitments germany = queries.handle(new FindPartyCommitmentsQuery("DEU", null, null));

        assertThat(germany.commitments()).isEmpty();
        assertThat(germany.counts()).isEqualTo(new CommitmentCounts(0, 0, 0, 0, 0));
    }

    @Test
    void an_owed_commitment_names_its_arrangement_as_it_stands_now() {
        OwedCommitment incidentLinks = owedByUsa(INCIDENT_LINKS);

        assertThat(incidentLinks.arrangementTitle()).isEqualTo(
                "Joint statement on confidence-building measures in information and communications technologies");
        assertThat(incidentLinks.arrangementStatus()).isEqualTo(ArrangementStatus.TERMINATED);
        assertThat(incidentLinks.category()).isEqualTo(CommitmentCategory.COMMUNICATION_LINK);
        assertThat(incidentLinks.owedBy()).containsExactly("USA", "RUS");
    }

    @Test
    void an_owed_commitment_shows_its_current_due_date_status_and_fulfilment() {
        assertThat(owedByUsa(CERT_EXCHANGE).dueBy()).isEqualTo(LocalDate.of(2012, 6, 30));
        assertThat(owedByUsa(MILITARY_VIEWS).status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(owedByUsa(MILITARY_VIEWS).fulfilledOn()).isEqualTo(LocalDate.of(2011, 12, 20));
        assertThat(owedByUsa(AWARENESS).status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    }

    @Test
    void the_counts_cover_everything_the_party_owes() {
        PartyCommitments usa = queries.handle(new FindPartyCommitmentsQuery("USA", null, null));

        assertThat(usa.counts()).isEqualTo(new CommitmentCounts(3, 1, 2, 1, 2));
    }

    @Test
    void the_counts_are_taken_before_the_filters() {
        PartyCommitments lateOnly = queries.handle(new FindPartyCommitmentsQuery("USA", CommitmentStatus.OPEN, true));

        assertThat(lateOnly.commitments()).hasSize(2);
        assertThat(lateOnly.counts()).isEqualTo(new CommitmentCounts(3, 1, 2, 1, 2));
    }

    @Test
    void filtering_by_status_keeps_only_that_status() {
        PartyCommitments open = queries.handle(new FindPartyCommitmentsQuery("USA", CommitmentStatus.OPEN, null));

        assertThat(open.commitments()).extracting(OwedCommitment::commitmentId)
                .containsExactly(INCIDENT_LINKS, CERT_EXCHANGE, CONVENTION);
    }

    @Test
    void filtering_by_overdue_keeps_only_the_late_ones() {
        PartyCommitments late = queries.handle(new FindPartyCommitmentsQuery("USA", null, true));

        assertThat(late.commitments()).extracting(OwedCommitment::commitmentId)
                .containsExactly(INCIDENT_LINKS, CERT_EXCHANGE);
        assertThat(late.commitments()).allMatch(OwedCommitment::overdue);
    }

    @Test
    void filtering_by_not_overdue_keeps_the_ones_in_time_closed_or_without_a_due_date() {
        PartyCommitments inTime = queries.handle(new FindPartyCommitmentsQuery("USA", null, false));

        assertThat(inTime.commitments()).extracting(OwedCommitment::commitmentId)
                .containsExactly(BOTNETS, JOINT_EXERCISE, MILITARY_VIEWS, CONVENTION, AWARENESS);
    }

    @Test
    void commitments_are_sorted_earliest_due_first_with_no_due_date_last() {
        PartyCommitments usa = queries.handle(new FindPartyCommitmentsQuery("USA", null, null));

        assertThat(usa.commitments()).extracting(OwedCommitment::dueBy, OwedCommitment::arrangementId,
                        OwedCommitment::commitmentId)
                .containsExactly(
                        tuple(LocalDate.of(2011, 12, 31), EU_US, BOTNETS),
                        tuple(LocalDate.of(2011, 12, 31), EU_US, JOINT_EXERCISE),
                        tuple(LocalDate.of(2011, 12, 31), US_RU, INCIDENT_LINKS),
                        tuple(LocalDate.of(2011, 12, 31), US_RU, MILITARY_VIEWS),
                        tuple(LocalDate.of(2012, 6, 30), US_RU, CERT_EXCHANGE),
                        tuple(LocalDate.of(2027, 6, 30), EU_US, CONVENTION),
                        tuple(null, EU_US, AWARENESS));
    }

    @Test
    void a_redelivered_commitment_addition_duplicates_nothing() {
        PartyCommitments before = queries.handle(new FindPartyCommitmentsQuery("USA", null, null));

        deliver(first(usRussiaStream(), CommitmentAdded.class));
        deliver(first(euUsWorkingGroupStream(), CommitmentAdded.class));

        assertThat(queries.handle(new FindPartyCommitmentsQuery("USA", null, null))).isEqualTo(before);
        assertThat(ledger.arrangementsOwedBy("USA")).containsExactlyInAnyOrder(US_RU, EU_US);
    }

    @Test
    void the_ledger_reset_handler_forgets_every_obligation() {
        ledgerProjection.reset();

        assertThat(ledger.arrangementsOwedBy("USA")).isEmpty();
        assertThat(queries.handle(new FindPartyCommitmentsQuery("USA", null, null)).commitments()).isEmpty();
    }

    private OwedCommitment owedByUsa(String commitmentId) {
        return queries.handle(new FindPartyCommitmentsQuery("USA", null, null)).commitments().stream()
                .filter(c -> c.commitmentId().equals(commitmentId)).findFirst().orElseThrow();
    }

    private void deliverAll(List<Envelope> stream) {
        stream.forEach(this::deliver);
    }

    /** Both projections see every event, as their processors would; the ledger only cares about additions. */
    private void deliver(Envelope envelope) {
        ArrangementStreams.deliver(arrangements, envelope);
        if (envelope.event() instanceof CommitmentAdded added) {
            ledgerProjection.on(added);
        }
    }
}
