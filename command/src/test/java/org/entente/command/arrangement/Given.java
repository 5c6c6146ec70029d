package org.entente.command.arrangement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementTerminated;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.RecordArrangement;
import org.entente.api.arrangement.SourceReference;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentWithdrawn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The arrangements from the domain sources, as commands and as the events they are recorded with,
 * so that each test states only what is particular to it.
 */
final class Given {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final LocalDate TOMORROW = TODAY.plusDays(1);

    // ---------------------------------------------------------------- USA / RUS, 2011

    static final String US_RUSSIA = "usa-rus-cyber-cbm-2011";
    static final String US_RUSSIA_TITLE = "U.S.-Russian joint statement on confidence-building measures in cyberspace";
    static final LocalDate US_RUSSIA_CONCLUDED = LocalDate.of(2011, 6, 23);
    static final SourceReference US_RUSSIA_SOURCE = new SourceReference(
            "Joint statement by Cybersecurity Coordinator Schmidt and Deputy Secretary Klimashin", null);
    static final LocalDate YEAR_END_2011 = LocalDate.of(2011, 12, 31);

    static final String MILITARY_VIEWS = "military-views";
    static final String MILITARY_VIEWS_TEXT = "Exchange papers on each side's military views on operating in cyberspace";
    static final String CERT_EXCHANGE = "cert-exchange";
    static final LocalDate US_RUSSIA_TERMINATED = LocalDate.of(2022, 2, 24);

    // ---------------------------------------------------------------- EU / USA working group

    static final String EU_US = "eu-us-wg-cyber-2010";
    static final String EU_US_TITLE = "EU-US Working Group on Cyber-Security and Cyber-Crime";
    static final LocalDate EU_US_CONCLUDED = LocalDate.of(2010, 11, 20);
    static final String JOINT_EXERCISE = "joint-cyber-incident-exercise";

    // ---------------------------------------------------------------- 15 states, co-hosted by USA and DEU

    static final String WATCH_AND_WARNING = "cyber-watch-and-warning-2004";
    static final String WATCH_AND_WARNING_TITLE = "Multilateral arrangement on cyber watch and incident response";
    static final LocalDate WATCH_AND_WARNING_CONCLUDED = LocalDate.of(2004, 10, 22);
    static final List<String> FIFTEEN_STATES = List.of(
            "AUS", "CAN", "FIN", "FRA", "DEU", "HUN", "JPN", "ITA", "NLD", "NZL", "NOR", "SWE", "CHE", "GBR", "USA");
    static final String POINTS_OF_CONTACT = "points-of-contact";

    private Given() {
    }

    static AggregateTestFixture<Arrangement> fixture() {
        AggregateTestFixture<Arrangement> fixture = new AggregateTestFixture<>(Arrangement.class);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    static RecordArrangement recordUsRussia() {
        return recordUsRussia(List.of("USA", "RUS"), null);
    }

    static RecordArrangement recordUsRussia(List<String> parties, ArrangementStatus status) {
        return new RecordArrangement(US_RUSSIA, US_RUSSIA_TITLE, Instrument.JOINT_STATEMENT, parties, status,
                US_RUSSIA_CONCLUDED, US_RUSSIA_SOURCE);
    }

    static ArrangementRecorded usRussiaRecorded() {
        return usRussiaRecorded(ArrangementStatus.IN_FORCE);
    }

    static ArrangementRecorded usRussiaRecorded(ArrangementStatus status) {
        return new ArrangementRecorded(US_RUSSIA, US_RUSSIA_TITLE, Instrument.JOINT_STATEMENT, ArrangementKind.BILATERAL,
                List.of("USA", "RUS"), status, US_RUSSIA_CONCLUDED, US_RUSSIA_SOURCE);
    }

    static AddCommitment addMilitaryViews() {
        return new AddCommitment(US_RUSSIA, MILITARY_VIEWS, MILITARY_VIEWS_TEXT, CommitmentCategory.DOCTRINE_EXCHANGE,
                List.of("USA", "RUS"), YEAR_END_2011, null);
    }

    static CommitmentAdded militaryViewsAdded() {
        return militaryViewsAdded(YEAR_END_2011);
    }

    static CommitmentAdded militaryViewsAdded(LocalDate dueBy) {
        return new CommitmentAdded(US_RUSSIA, MILITARY_VIEWS, MILITARY_VIEWS_TEXT, CommitmentCategory.DOCTRINE_EXCHANGE,
                List.of("USA", "RUS"), dueBy, null);
    }

    static ArrangementTerminated usRussiaTerminated() {
        return new ArrangementTerminated(US_RUSSIA, US_RUSSIA_TERMINATED, "Both sides ended the cooperation");
    }

    static CommitmentFulfilled militaryViewsFulfilled() {
        return new CommitmentFulfilled(US_RUSSIA, MILITARY_VIEWS, LocalDate.of(2011, 12, 15), "Papers exchanged in Moscow");
    }

    static CommitmentWithdrawn militaryViewsWithdrawn() {
        return new CommitmentWithdrawn(US_RUSSIA, MILITARY_VIEWS, "Superseded by a broader dialogue", LocalDate.of(2012, 5, 1));
    }

    static RecordArrangement recordEuUs() {
        return new RecordArrangement(EU_US, EU_US_TITLE, Instrument.WORKING_GROUP_MANDATE, List.of("EU", "USA"), null,
                EU_US_CONCLUDED, null);
    }

    static ArrangementRecorded euUsRecorded() {
        return new ArrangementRecorded(EU_US, EU_US_TITLE, Instrument.WORKING_GROUP_MANDATE, ArrangementKind.BILATERAL,
                List.of("EU", "USA"), ArrangementStatus.IN_FORCE, EU_US_CONCLUDED, null);
    }

    static RecordArrangement recordWatchAndWarning(ArrangementStatus status) {
        return new RecordArrangement(WATCH_AND_WARNING, WATCH_AND_WARNING_TITLE, Instrument.OTHER, FIFTEEN_STATES,
                status, WATCH_AND_WARNING_CONCLUDED, null);
    }

    static ArrangementRecorded watchAndWarningRecorded(ArrangementStatus status) {
        return new ArrangementRecorded(WATCH_AND_WARNING, WATCH_AND_WARNING_TITLE, Instrument.OTHER,
                ArrangementKind.MULTILATERAL, FIFTEEN_STATES, status, WATCH_AND_WARNING_CONCLUDED, null);
    }
}
