package org.entente.query.arrangement;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.entente.api.arrangement.ArrangementAmended;
import org.entente.api.arrangement.ArrangementEnteredIntoForce;
import org.entente.api.arrangement.ArrangementKind;
import org.entente.api.arrangement.ArrangementRecorded;
import org.entente.api.arrangement.ArrangementResumed;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.ArrangementSuspended;
import org.entente.api.arrangement.ArrangementTerminated;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.SourceReference;
import org.entente.api.commitment.CommitmentAdded;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.CommitmentDeadlineMoved;
import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.commitment.CommitmentWithdrawn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Event streams of arrangements, numbered and stamped the way the event store delivers them, and the
 * means to hand them to {@link ArrangementProjection} as Axon does. Public because the party tests, in
 * another package, need the same streams.
 */
public final class ArrangementStreams {

    /** Fixed, so that what is overdue does not depend on the day the tests run. */
    public static final Clock REGISTRY_CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    public static final LocalDate TODAY = LocalDate.now(REGISTRY_CLOCK);

    public static final String US_RU = "us-ru-ict-2011";
    public static final String MILITARY_VIEWS = "military-views";
    public static final String CERT_EXCHANGE = "cert-exchange";
    public static final String INCIDENT_LINKS = "incident-links";

    public static final String EU_US = "eu-us-wg-2010";
    public static final String JOINT_EXERCISE = "joint-exercise";
    public static final String BOTNETS = "botnets";
    public static final String AWARENESS = "awareness-roadmap";
    public static final String CONFERENCE = "conference";
    public static final String CONVENTION = "convention-accession";

    private ArrangementStreams() {
    }

    /** One event as delivered: its stream, its payload, its position in the stream, and when it was stored. */
    public record Envelope(String arrangementId, Object event, long sequence, Instant recordedAt) {

        /** The event as Axon hands it to an event handler. */
        public DomainEventMessage<?> message() {
            return new GenericDomainEventMessage<>("Arrangement", arrangementId, sequence, event, MetaData.emptyInstance(),
                    UUID.randomUUID().toString(), recordedAt);
        }
    }

    public static Log arrangement(String arrangementId) {
        return new Log(arrangementId);
    }

    /** Goes on from the start of a stream, so a variant of a stream need not repeat its beginning. */
    public static Log continuing(String arrangementId, List<Envelope> start) {
        Log log = new Log(arrangementId);
        log.envelopes.addAll(start);
        return log;
    }

    /**
     * The 2011 bilateral joint statement between the United States and Russia: three mechanisms due by
     * year's end, one met, one postponed, one left open; later suspended, resumed and terminated.
     */
    public static List<Envelope> usRussiaStream() {
        return arrangement(US_RU)
                .recorded("Joint statement on cyber confidence-building measures", Instrument.JOINT_STATEMENT,
                        ArrangementStatus.IN_FORCE, LocalDate.of(2011, 7, 15),
                        new SourceReference("Joint statement, July 2011", "https://example.org/us-ru/2011-07"),
                        "2011-07-18T09:30:00Z", "USA", "RUS")
                .commitmentAdded(MILITARY_VIEWS, "Exchange papers on military views on operating in cyberspace",
                        CommitmentCategory.DOCTRINE_EXCHANGE, LocalDate.of(2011, 12, 31), "2011-07-18T09:31:00Z",
                        "USA", "RUS")
                .commitmentAdded(CERT_EXCHANGE, "Regular information exchange between the national CERTs",
                        CommitmentCategory.INFORMATION_EXCHANGE, LocalDate.of(2011, 12, 31), "2011-07-18T09:32:00Z",
                        "USA", "RUS")
                .commitmentAdded(INCIDENT_LINKS, "Communicate about cyber incidents over the 24/7 risk-reduction links",
                        CommitmentCategory.COMMUNICATION_LINK, LocalDate.of(2011, 12, 31), "2011-07-18T09:33:00Z",
                        "USA", "RUS")
                .progressRecorded(MILITARY_VIEWS, "United States paper handed over", LocalDate.of(2011, 11, 2),
                        "2011-11-03T14:00:00Z")
                .fulfilled(MILITARY_VIEWS, LocalDate.of(2011, 12, 20), "Both papers exchanged, receipts on file",
                        "2011-12-21T08:15:00Z")
                .deadlineMoved(CERT_EXCHANGE, LocalDate.of(2011, 12, 31), LocalDate.of(2012, 6, 30), LocalDate.of(2011, 12, 28),
                        "CERT-to-CERT arrangement awaits signature", "2011-12-28T16:45:00Z")
                .amended("Joint statement on confidence-building measures in information and communications technologies",
                        new SourceReference("Joint statement, official text", "https://example.org/us-ru/2011-07/official"),
                        "Title as in the official text", "2012-02-10T10:00:00Z")
                .suspended(LocalDate.of(2014, 3, 20), "Bilateral contacts frozen", "2014-03-21T12:00:00Z")
                .resumed(LocalDate.of(2015, 9, 1), "Working-level contacts restored", "2015-09-02T09:00:00Z")
                .terminated(LocalDate.of(2016, 12, 29), "Ended by the parties", "2017-01-05T11:00:00Z")
                .events();
    }

    /**
     * The EU-US working group: the United States owes some deliverables jointly with the EU, the EU owes
     * one alone, and they span every commitment status, with and without a due date.
     */
    public static List<Envelope> euUsWorkingGroupStream() {
        return arrangement(EU_US)
                .recorded("EU-US working group on cybersecurity and cybercrime", Instrument.WORKING_GROUP_MANDATE,
                        ArrangementStatus.IN_FORCE, LocalDate.of(2010, 11, 20), null, "2010-11-22T08:00:00Z",
                        "EU", "USA")
                .commitmentAdded(JOINT_EXERCISE, "Joint cyber-incident exercise", CommitmentCategory.JOINT_EXERCISE,
                        LocalDate.of(2011, 12, 31), "2010-11-22T08:01:00Z", "EU", "USA")
                .commitmentAdded(BOTNETS, "Joint work on botnets", CommitmentCategory.OTHER,
                        LocalDate.of(2011, 12, 31), "2010-11-22T08:02:00Z", "EU", "USA")
                .commitmentAdded(AWARENESS, "Joint awareness-raising with a roadmap", CommitmentCategory.CAPACITY_BUILDING,
                        null, "2010-11-22T08:03:00Z", "EU", "USA")
                .commitmentAdded(CONFERENCE, "Conference by year's end", CommitmentCategory.OTHER,
                        LocalDate.of(2011, 12, 31), "2010-11-22T08:04:00Z", "EU")
                .commitmentAdded(CONVENTION, "Accession work on the cybercrime convention", CommitmentCategory.OTHER,
                        LocalDate.of(2012, 12, 31), "2010-11-22T08:05:00Z", "EU", "USA")
                .withdrawn(BOTNETS, "Folded into the exercise", LocalDate.of(2011, 6, 1), "2011-06-02T10:00:00Z")
                .progressRecorded(AWARENESS, "Roadmap drafted", LocalDate.of(2011, 9, 15), "2011-09-16T10:00:00Z")
                .fulfilled(JOINT_EXERCISE, LocalDate.of(2011, 11, 3), "Exercise held", "2011-11-04T10:00:00Z")
                .deadlineMoved(CONVENTION, LocalDate.of(2012, 12, 31), LocalDate.of(2027, 6, 30), LocalDate.of(2012, 12, 20),
                        "Ratifications still pending", "2012-12-20T10:00:00Z")
                .events();
    }

    public static Envelope first(List<Envelope> stream, Class<?> eventType) {
        return stream.stream().filter(e -> eventType.isInstance(e.event())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + eventType.getSimpleName() + " in the stream"));
    }

    public static void deliverAll(ArrangementProjection projection, List<Envelope> envelopes) {
        envelopes.forEach(envelope -> deliver(projection, envelope));
    }

    /** Dispatches through Axon's annotation adapter, as the processors and the timeline do. */
    public static void deliver(ArrangementProjection projection, Envelope envelope) {
        try {
            new AnnotationEventHandlerAdapter(projection).handle(envelope.message());
        } catch (Exception e) {
            throw new IllegalStateException("Delivering " + envelope + " failed", e);
        }
    }

    /** Appends events to one arrangement's stream, numbering them from 0 as the aggregate's sequence does. */
    public static final class Log {

        private final String arrangementId;
        private final List<Envelope> envelopes = new ArrayList<>();

        private Log(String arrangementId) {
            this.arrangementId = arrangementId;
        }

        public Log recorded(String title, Instrument instrument, ArrangementStatus status, LocalDate concludedOn,
                            SourceReference source, String recordedAt, String... parties) {
            ArrangementKind kind = parties.length == 2 ? ArrangementKind.BILATERAL : ArrangementKind.MULTILATERAL;
            return append(new ArrangementRecorded(arrangementId, title, instrument, kind, List.of(parties), status,
                    concludedOn, source), recordedAt);
        }

        /** For tests that do not look at the instrument, conclusion date or source. */
        public Log recorded(String title, ArrangementStatus status, String recordedAt, String... parties) {
            return recorded(title, Instrument.JOINT_STATEMENT, status, LocalDate.of(2011, 1, 1), null, recordedAt,
                    parties);
        }

        public Log enteredIntoForce(LocalDate effectiveOn, String reason, String recordedAt) {
            return append(new ArrangementEnteredIntoForce(arrangementId, effectiveOn, reason), recordedAt);
        }

        public Log suspended(LocalDate effectiveOn, String reason, String recordedAt) {
            return append(new ArrangementSuspended(arrangementId, effectiveOn, reason), recordedAt);
        }

        public Log resumed(LocalDate effectiveOn, String reason, String recordedAt) {
            return append(new ArrangementResumed(arrangementId, effectiveOn, reason), recordedAt);
        }

        public Log terminated(LocalDate effectiveOn, String reason, String recordedAt) {
            return append(new ArrangementTerminated(arrangementId, effectiveOn, reason), recordedAt);
        }

        public Log amended(String title, SourceReference source, String reason, String recordedAt) {
            return append(new ArrangementAmended(arrangementId, title, source, reason), recordedAt);
        }

        public Log commitmentAdded(String commitmentId, String text, CommitmentCategory category, LocalDate dueBy,
                                   String recordedAt, String... owedBy) {
            return append(new CommitmentAdded(arrangementId, commitmentId, text, category, List.of(owedBy), dueBy, null),
                    recordedAt);
        }

        public Log progressRecorded(String commitmentId, String note, LocalDate effectiveOn, String recordedAt) {
            return append(new CommitmentProgressRecorded(arrangementId, commitmentId, note, effectiveOn), recordedAt);
        }

        public Log fulfilled(String commitmentId, LocalDate fulfilledOn, String evidence, String recordedAt) {
            return append(new CommitmentFulfilled(arrangementId, commitmentId, fulfilledOn, evidence), recordedAt);
        }

        public Log withdrawn(String commitmentId, String reason, LocalDate effectiveOn, String recordedAt) {
            return append(new CommitmentWithdrawn(arrangementId, commitmentId, reason, effectiveOn), recordedAt);
        }

        public Log deadlineMoved(String commitmentId, LocalDate from, LocalDate to, LocalDate effectiveOn, String reason,
                                 String recordedAt) {
            return append(new CommitmentDeadlineMoved(arrangementId, commitmentId, from, to, reason, effectiveOn), recordedAt);
        }

        public List<Envelope> events() {
            return List.copyOf(envelopes);
        }

        public Log append(Object event, String recordedAt) {
            envelopes.add(new Envelope(arrangementId, event, envelopes.size(), Instant.parse(recordedAt)));
            return this;
        }
    }
}
