package org.entente.benchmark;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.entente.api.arrangement.ChangeArrangementStatus;
import org.entente.api.arrangement.ArrangementStatus;
import org.entente.api.arrangement.Instrument;
import org.entente.api.arrangement.RecordArrangement;
import org.entente.api.arrangement.SourceReference;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.commitment.CommitmentCategory;
import org.entente.api.commitment.FulfilCommitment;
import org.entente.api.commitment.MoveCommitmentDeadline;
import org.entente.api.commitment.RecordCommitmentProgress;
import org.entente.api.commitment.WithdrawCommitment;
import org.entente.api.contact.Availability;
import org.entente.api.contact.Channel;
import org.entente.api.contact.ChannelType;
import org.entente.api.contact.ContactDetails;
import org.entente.api.contact.ContactRole;
import org.entente.api.contact.DesignatePointOfContact;
import org.entente.api.paper.SubmitDoctrinePaper;
import org.entente.api.rules.Acting;
import org.entente.app.EntenteApplication;
import org.entente.eventstore.CommitLogEventStorageEngine;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A registry of arrangements among seventeen parties, five events each, written into an embedded data file by
 * the application's own context (no web server) through its command gateway, as registrars' commands: each
 * command carries the recorder and acting party a registrar's request gives it, so the store holds what the
 * application writes over HTTP, one commit per command with its metadata and hash chain. The projections fold
 * the log once it is written, in a second context on the same file, and have caught up with every event when
 * {@link #grow} returns, so the application started on the file afterwards serves its reads at once.
 * <p>
 * Arrangement {@code n} is always the same (its content comes from a random generator seeded with n), so a
 * registry grown from 10,000 to 100,000 events holds the same first 2,000 arrangements as one written at
 * 10,000. The file's size is noted beside it in {@value #MARKER}, which a later run reads to measure the same
 * data again.
 */
final class GeneratedRegistry {

    static final int EVENTS_PER_ARRANGEMENT = 5;
    static final String DATA_FILE = "entente.mv";
    static final String MARKER = "registry.properties";
    static final String ID_PREFIX = "reg-";

    /** Fifteen states and two organisations; DEU is the party the benchmark's party queries name. */
    static final List<String> PARTIES = List.of("USA", "RUS", "DEU", "FRA", "GBR", "CHN", "JPN", "KOR", "IND", "BRA",
            "CAN", "AUS", "NLD", "POL", "EST", "EU", "OSCE");

    private static final LocalDate FIRST_CONCLUSION = LocalDate.of(2011, 1, 1);
    private static final String[] TITLES = {
            "Joint statement on confidence-building measures in cyberspace",
            "Memorandum of understanding on cooperation between the national CERTs",
            "Agreement on the exchange of military views on operating in cyberspace",
            "Hotline for cyber incidents between the crisis centres",
            "Working group on the security of information and communication technologies",
            "Points of contact for cyber watch and incident response",
            "Joint statement on the protection of critical infrastructure",
            "Memorandum on capacity building in cyber security",
    };
    private static final String[] COMMITMENTS = {
            "Designate points of contact for cyber incidents",
            "Exchange information on botnets and other technical threats between the CERTs",
            "Exchange papers on each side's military views on operating in cyberspace",
            "Test the 24/7 hotline between the capitals every quarter",
            "Hold a joint cyber-incident exercise",
            "Train incident responders of the other parties",
            "Review the implementation of the measures once a year",
    };

    private final CommandGateway commands;
    private final LocalDate today;

    private GeneratedRegistry(CommandGateway commands, LocalDate today) {
        this.commands = commands;
        this.today = today;
    }

    /** Arrangements already in the data directory by its marker; 0 when there is none. */
    static int arrangements(Path dataDirectory) {
        Path marker = dataDirectory.resolve(MARKER);
        if (!Files.exists(marker)) {
            return 0;
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(marker)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(properties.getProperty("arrangements", "0"));
    }

    /**
     * Grows the registry in {@code dataDirectory} from the arrangements it holds to {@code arrangements}, from
     * {@code clients} threads; returns once the projections have caught up.
     */
    static void grow(Path dataDirectory, int arrangements, int clients, Duration catchUpTimeout) {
        int from = arrangements(dataDirectory);
        if (from >= arrangements) {
            return;
        }
        // The projections fold the log once it is written, over it as a whole as after a rebuild, in a second context:
        // writes and folds would otherwise share the two cores in whatever proportion. A processor shut down while
        // it starts may hold its token claim a long while, so the first context stops its processors for good.
        try (ConfigurableApplicationContext application = context(dataDirectory)) {
            application.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
            GeneratedRegistry registry = new GeneratedRegistry(application.getBean(CommandGateway.class), LocalDate.now());
            long start = System.nanoTime();
            registry.write(from, arrangements, clients);
            double writeSeconds = (System.nanoTime() - start) / 1e9;
            long events = (long) (arrangements - from) * EVENTS_PER_ARRANGEMENT;
            System.out.printf(Locale.ROOT, "  wrote %,d arrangements (%,d events) in %.0f s (%,.0f commands/s, %d clients)%n",
                    arrangements - from, events, writeSeconds, events / writeSeconds, clients);
        }
        long catchUp = System.nanoTime();
        try (ConfigurableApplicationContext application = context(dataDirectory)) {
            awaitProjections(application.getBean(EventProcessingConfiguration.class),
                    application.getBean(CommitLogEventStorageEngine.class), catchUpTimeout);
        }
        System.out.printf(Locale.ROOT, "  projections caught up in %.0f s%n", (System.nanoTime() - catchUp) / 1e9);
        writeMarker(dataDirectory, arrangements);
    }

    /**
     * The application's context without its web server on the data file. The embedded server writes without forcing
     * every write to disk here (the file is flushed when the context closes): only how fast the file is made
     * depends on it, not what it holds.
     */
    private static ConfigurableApplicationContext context(Path dataDirectory) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("entente.node-id", "benchmark-generator");
        settings.put("spring.main.banner-mode", "off");
        settings.put("logging.level.org.axonframework", "WARN");
        settings.put("logging.level.org.mongodb.driver", "WARN");
        settings.put("logging.level.de.bwaldvogel.mongo", "WARN");
        settings.put("entente.mongodb.embedded.data-file", dataDirectory.resolve(DATA_FILE).toString());
        settings.put("entente.mongodb.embedded.sync-writes", false);
        return new SpringApplicationBuilder(EntenteApplication.class).web(WebApplicationType.NONE).properties(settings).run();
    }

    private void write(int from, int to, int clients) {
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                int a;
                while ((a = next.getAndIncrement()) < to) {
                    arrangement(a);
                    int written = done.incrementAndGet();
                    if (written % 20_000 == 0) {
                        System.out.printf(Locale.ROOT, "    %,d of %,d arrangements, %.0f s%n", written, to - from,
                                (System.nanoTime() - start) / 1e9);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Writing the registry failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One arrangement's five events: recorded in force, two commitments with due dates from a few months to six
     * years after the conclusion (so that some are overdue today and some lie years ahead), then two of what
     * registrars record later: progress, a fulfilment, a deadline moved, a commitment withdrawn, a point of
     * contact designated, a paper handed over, a suspension.
     */
    private void arrangement(int n) {
        SplittableRandom random = new SplittableRandom(0x5EED_0000L + n);
        String id = ID_PREFIX + n;
        List<String> parties = parties(random);
        String first = parties.get(0);
        String second = parties.get(1);
        long span = today.toEpochDay() - 60 - FIRST_CONCLUSION.toEpochDay();
        LocalDate concluded = FIRST_CONCLUSION.plusDays(random.nextLong(span));
        String title = TITLES[random.nextInt(TITLES.length)];
        Instrument instrument = parties.size() > 2 ? Instrument.WORKING_GROUP_MANDATE
                : List.of(Instrument.JOINT_STATEMENT, Instrument.MEMORANDUM_OF_UNDERSTANDING, Instrument.AGREEMENT).get(random.nextInt(3));
        send(first, new RecordArrangement(id, title + " (" + String.join("–", parties) + ", " + concluded.getYear() + ")",
                instrument, parties, ArrangementStatus.IN_FORCE, concluded,
                new SourceReference("Statement of " + concluded, "https://example.org/sources/" + id)));

        CommitmentCategory[] categories = CommitmentCategory.values();
        LocalDate due1 = concluded.plusDays(90 + random.nextInt(2100));
        LocalDate due2 = concluded.plusDays(90 + random.nextInt(2100));
        send(first, new AddCommitment(id, "c1", COMMITMENTS[random.nextInt(COMMITMENTS.length)],
                categories[random.nextInt(categories.length)], parties, due1, concluded));
        send(first, new AddCommitment(id, "c2", COMMITMENTS[random.nextInt(COMMITMENTS.length)],
                categories[random.nextInt(categories.length)], List.of(second), due2, concluded));

        int a = random.nextInt(100);
        if (a < 30) {
            send(first, new RecordCommitmentProgress(id, "c1", "Work under way; first steps reported", pastDay(random, concluded)));
        } else if (a < 55) {
            send(first, new FulfilCommitment(id, "c1", pastDay(random, concluded), "Reported done by the parties"));
        } else if (a < 75) {
            send(first, contact(id, first, ContactRole.HOTLINE_24_7, concluded, random));
        } else if (a < 90) {
            send(first, new SubmitDoctrinePaper(id, "paper-" + first.toLowerCase(Locale.ROOT), first, null,
                    "Military views on operating in cyberspace", "Military doctrine", "en", "UNCLASSIFIED", "1",
                    sha256(id + "/" + first), null, null, pastDay(random, concluded)));
        } else {
            send(first, new MoveCommitmentDeadline(id, "c1", due1.plusMonths(6 + random.nextInt(7)),
                    "The parties agreed more time", pastDay(random, concluded)));
        }
        int b = random.nextInt(100);
        if (b < 15) {
            send(first, new ChangeArrangementStatus(id, ArrangementStatus.SUSPENDED, pastDay(random, concluded),
                    "Engagement suspended by one of the parties"));
        } else if (b < 35) {
            send(second, new RecordCommitmentProgress(id, "c2", "Progress reported at the annual review", pastDay(random, concluded)));
        } else if (b < 55) {
            send(second, new FulfilCommitment(id, "c2", pastDay(random, concluded), "Confirmed by the other parties"));
        } else if (b < 65) {
            send(second, new WithdrawCommitment(id, "c2", "Superseded by a later arrangement", pastDay(random, concluded)));
        } else {
            send(second, contact(id, second, ContactRole.TECHNICAL, concluded, random));
        }
    }

    /** Two parties (three in four arrangements), or three to eight. */
    private static List<String> parties(SplittableRandom random) {
        int count = random.nextInt(4) < 3 ? 2 : 3 + random.nextInt(6);
        List<String> shuffled = new ArrayList<>(PARTIES);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        return List.copyOf(shuffled.subList(0, count));
    }

    private DesignatePointOfContact contact(String id, String party, ContactRole role, LocalDate concluded, SplittableRandom random) {
        String local = party.toLowerCase(Locale.ROOT);
        ContactDetails details = new ContactDetails(role == ContactRole.HOTLINE_24_7 ? "Crisis centre of " + party : "National CERT of " + party,
                null, List.of(new Channel(ChannelType.EMAIL, "duty@" + local + ".example.org"),
                new Channel(ChannelType.SECURE_LINE, party + " direct line")), Availability.aroundTheClock(), List.of("en"));
        return new DesignatePointOfContact(id, local + "-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-'), party, role,
                details, pastDay(random, concluded));
    }

    /** A day from the conclusion up to yesterday. */
    private LocalDate pastDay(SplittableRandom random, LocalDate concluded) {
        long days = today.toEpochDay() - 1 - concluded.toEpochDay();
        return concluded.plusDays(days <= 0 ? 0 : random.nextLong(days));
    }

    /**
     * As a registrar of {@code party} sends it over HTTP: the recorder and acting party are the metadata the
     * application's dispatch interceptor gives a signed-in registrar's command ({@code recorder} is the audit
     * key the history reads).
     */
    private void send(String party, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of("recorder", Users.registrarOf(party), Acting.PARTY, party)));
    }

    /**
     * Until every tracking processor reports caught up and its position has stood still for three seconds: Axon
     * reports a processor caught up once it first reached the head, and keeps saying so through a later backlog.
     */
    private static void awaitProjections(EventProcessingConfiguration processing, CommitLogEventStorageEngine engine,
                                         Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long lastReport = start;
        String last = null;
        int quiet = 0;
        while (System.nanoTime() < deadline) {
            Map<String, String> positions = new LinkedHashMap<>();
            boolean caughtUp = true;
            for (var entry : processing.eventProcessors().entrySet()) {
                if (entry.getValue() instanceof TrackingEventProcessor processor) {
                    Map<Integer, EventTrackerStatus> status = processor.processingStatus();
                    caughtUp &= !status.isEmpty() && status.values().stream().allMatch(s -> s.isCaughtUp() && !s.isReplaying());
                    positions.put(entry.getKey(), status.values().stream().map(s -> String.valueOf(s.getCurrentPosition().orElse(-1)))
                            .collect(Collectors.joining(",")));
                }
            }
            String now = positions.toString();
            quiet = caughtUp && now.equals(last) ? quiet + 1 : 0;
            if (quiet >= 6) {
                return;
            }
            last = now;
            if (System.nanoTime() - lastReport > Duration.ofSeconds(60).toNanos()) {
                lastReport = System.nanoTime();
                System.out.printf(Locale.ROOT, "    projections at %s of %,d, %.0f s%n", now, engine.headPosition(),
                        (lastReport - start) / 1e9);
            }
            Harness.sleep(500);
        }
        throw new IllegalStateException("The projections did not catch up within " + timeout.toSeconds() + " s");
    }

    private static void writeMarker(Path dataDirectory, int arrangements) {
        Properties properties = new Properties();
        properties.setProperty("arrangements", String.valueOf(arrangements));
        properties.setProperty("events", String.valueOf((long) arrangements * EVENTS_PER_ARRANGEMENT));
        try (var out = Files.newBufferedWriter(dataDirectory.resolve(MARKER))) {
            properties.store(out, "Written by the P6 query benchmark (org.entente.benchmark.QueryBenchmark)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
