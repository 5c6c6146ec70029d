package org.entente.benchmark;

import org.entente.api.commitment.CommitmentFulfilled;
import org.entente.api.commitment.CommitmentProgressRecorded;
import org.entente.api.contact.ContactRole;
import org.entente.api.fixtures.CommitmentTerms;
import org.entente.api.fixtures.ContactTerms;
import org.entente.api.fixtures.Requests;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.paper.DoctrinePaperReceiptAcknowledged;
import org.entente.api.paper.DoctrinePaperSubmitted;
import org.entente.benchmark.SignedInClient.Answer;
import org.entente.benchmark.SignedInClient.User;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes from several clients at once, the way registrars of the United States and Russia would: arrangements
 * between them under ids the client chooses, commitments, progress and fulfilments, points of contact, papers and
 * their acknowledgements. Every write answered 2xx is kept as acknowledged, with the event it must have stored and
 * the version the registry answered. A create that got no answer (the registry was killed while it was under way)
 * is sent again, unchanged, once the registry is back: a retried create must answer the same write, never store a
 * second one. Other writes without an answer are not sent again (a second progress note would be a second fact).
 * <p>
 * The clients' picture of the registry only steers them towards writes likely to be accepted; a refusal (a 409 for
 * a commitment an unanswered fulfilment did close) is an answer, not a failure.
 */
final class CrashWorkload {

    private static final String USA = "USA";
    private static final String RUS = "RUS";
    private static final List<CommitmentTerms> COMMITMENTS = List.of(UsRussia2011.MILITARY_VIEWS, UsRussia2011.CERT_EXCHANGE,
            UsRussia2011.INCIDENT_LINKS);
    private static final List<ContactTerms> CONTACTS = List.of(UsRussia2011.USA_HOTLINE, UsRussia2011.RUS_CERT);

    /**
     * A write the registry answered 2xx: the event it stored in {@code arrangementId}'s stream (its type and the
     * payload fields that name it) at a sequence below {@code version}.
     */
    record Acknowledged(int cycle, String arrangementId, String eventType, SortedMap<String, String> names, long version,
                        boolean retried) {

        @Override
        public String toString() {
            return eventType + names + " in " + arrangementId + " (version " + version + ", cycle " + cycle
                    + (retried ? ", retried" : "") + ")";
        }
    }

    /** One write, as sent; the same instance is sent again when a create is retried. */
    private record Write(String arrangementId, String path, String body, User user, String eventType,
                         SortedMap<String, String> names, boolean create) {
    }

    /** What one cycle's load did. */
    record CycleLoad(int sent, int acknowledged, int unanswered, int retried, Map<Integer, Integer> refusals) {
    }

    private record Paper(String id, String fromParty, LocalDate submittedOn) {
    }

    /** What the clients believe of one arrangement, from the writes it acknowledged. */
    private static final class Arrangement {
        final String id;
        final List<String> openCommitments = new CopyOnWriteArrayList<>();
        final Set<String> takenRoles = ConcurrentHashMap.newKeySet();
        final List<Paper> unacknowledgedPapers = new CopyOnWriteArrayList<>();

        Arrangement(String id) {
            this.id = id;
        }
    }

    private final User usa;
    private final User rus;
    private final int clients;
    private final long seed;
    private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
    private final Map<String, Arrangement> arrangements = new ConcurrentHashMap<>();
    private final List<String> arrangementIds = new CopyOnWriteArrayList<>();
    private final Queue<Write> unansweredCreates = new ConcurrentLinkedQueue<>();

    CrashWorkload(User usa, User rus, int clients, long seed) {
        this.usa = usa;
        this.rus = rus;
        this.clients = clients;
        this.seed = seed;
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Starts the clients against the registry at {@code baseUri}; they write until the returned load is stopped. */
    Load start(int cycle, String baseUri) {
        Load load = new Load(cycle, baseUri);
        load.begin();
        return load;
    }

    /** Sends every create still without an answer, one after the other, as the clients do at a cycle's start. */
    CycleLoad retryUnanswered(int cycle, String baseUri) {
        Load load = new Load(cycle, baseUri);
        load.retryUnanswered();
        return load.result();
    }

    /** The clients of one cycle. */
    final class Load {

        private final int cycle;
        private final SignedInClient client;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger acknowledgedHere = new AtomicInteger();
        private final AtomicInteger unanswered = new AtomicInteger();
        private final AtomicInteger retried = new AtomicInteger();
        private final Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();
        private final ExecutorService executor = Executors.newFixedThreadPool(clients, r -> {
            Thread thread = new Thread(r, "crash-client");
            thread.setDaemon(true);
            return thread;
        });
        private final List<Future<?>> running = new ArrayList<>();

        private Load(int cycle, String baseUri) {
            this.cycle = cycle;
            this.client = new SignedInClient(baseUri, Duration.ofSeconds(20));
        }

        private void begin() {
            for (int c = 0; c < clients; c++) {
                int number = c;
                running.add(executor.submit(() -> write(number)));
            }
        }

        /** Stops the clients (the registry is gone by now) and waits for them. */
        CycleLoad stop() {
            stopped.set(true);
            executor.shutdown();
            try {
                if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The clients did not stop within a minute");
                }
                for (Future<?> client : running) {
                    client.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("A client failed", e.getCause());
            }
            return result();
        }

        private CycleLoad result() {
            executor.shutdown();
            Map<Integer, Integer> byStatus = new TreeMap<>();
            refusals.forEach((status, count) -> byStatus.put(status, count.get()));
            return new CycleLoad(sent.get(), acknowledgedHere.get(), unanswered.get(), retried.get(), byStatus);
        }

        private void write(int number) {
            Random random = new Random(seed * 31 + cycle * 1_000L + number);
            retryUnanswered();
            int written = 0;
            while (!stopped.get()) {
                String name = cycle + "-" + number + "-" + written++;
                Write write = next(random, name);
                if (!send(write, false) && !stopped.get()) {
                    // The registry is going down; what is left of this cycle is connection refusals.
                    Harness.sleep(20);
                }
            }
        }

        private void retryUnanswered() {
            Write write;
            while (!stopped.get() && (write = unansweredCreates.poll()) != null) {
                retried.incrementAndGet();
                if (!send(write, true)) {
                    return;
                }
            }
        }

        /** @return whether an answer came */
        private boolean send(Write write, boolean retry) {
            Answer answer;
            try {
                answer = client.post(write.path(), write.body(), write.user());
            } catch (ConnectException refused) {
                // Never reached the registry (it is gone): not carried out, nothing to retry.
                if (retry) {
                    unansweredCreates.add(write);
                }
                return false;
            } catch (IOException noAnswer) {
                sent.incrementAndGet();
                unanswered.incrementAndGet();
                if (write.create()) {
                    unansweredCreates.add(write);
                }
                return false;
            }
            sent.incrementAndGet();
            if (answer.acknowledged()) {
                acknowledgedHere.incrementAndGet();
                long version = answer.json().path("version").asLong(-1);
                acknowledged.add(new Acknowledged(cycle, write.arrangementId(), write.eventType(), write.names(), version, retry));
                accepted(write);
            } else {
                refusals.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
                refused(write, answer);
            }
            return true;
        }
    }

    /**
     * About one write in twenty-five records an arrangement, so that arrangements grow long enough for snapshots;
     * then progress, the commonest fact, and the rest.
     */
    private Write next(Random random, String name) {
        List<String> known = List.copyOf(arrangementIds);
        if (known.size() < 2 * clients || random.nextInt(100) < 4) {
            return arrangement(random, "crash-" + name);
        }
        Arrangement arrangement = arrangements.get(known.get(random.nextInt(known.size())));
        List<String> open = List.copyOf(arrangement.openCommitments);
        List<Paper> papers = List.copyOf(arrangement.unacknowledgedPapers);
        int roll = random.nextInt(100);
        if (roll < 30 && !open.isEmpty()) {
            return progress(random, arrangement, pick(random, open), name);
        }
        if (roll < 38 && !open.isEmpty()) {
            return fulfilment(random, arrangement, pick(random, open), name);
        }
        if (roll >= 38 && roll < 48) {
            Write contact = contact(random, arrangement, "k-" + name);
            if (contact != null) {
                return contact;
            }
        }
        if (roll >= 48 && roll < 64) {
            return paper(random, arrangement, "p-" + name);
        }
        if (roll >= 64 && !papers.isEmpty()) {
            return acknowledgement(arrangement, pick(random, papers));
        }
        return commitment(random, arrangement, "c-" + name);
    }

    private Write arrangement(Random random, String id) {
        return new Write(id, "/api/arrangements", UsRussia2011.TERMS.json(id), registrar(random), "ArrangementRecorded",
                names("arrangementId", id), true);
    }

    private Write commitment(Random random, Arrangement arrangement, String id) {
        CommitmentTerms terms = pick(random, COMMITMENTS);
        String body = new CommitmentTerms(id, terms.text(), terms.category(), terms.owedBy(), terms.dueBy()).json();
        return new Write(arrangement.id, "/api/arrangements/" + arrangement.id + "/commitments", body, registrar(random),
                "CommitmentAdded", names("commitmentId", id), true);
    }

    private Write progress(Random random, Arrangement arrangement, String commitmentId, String name) {
        String note = "Progress note " + name + " on " + commitmentId;
        return new Write(arrangement.id, commitmentPath(arrangement, commitmentId) + "/progress",
                Requests.progress(new CommitmentProgressRecorded(arrangement.id, commitmentId, note, null)),
                registrar(random), "CommitmentProgressRecorded", names("commitmentId", commitmentId, "note", note), false);
    }

    private Write fulfilment(Random random, Arrangement arrangement, String commitmentId, String name) {
        return new Write(arrangement.id, commitmentPath(arrangement, commitmentId) + "/fulfilment",
                Requests.fulfilment(new CommitmentFulfilled(arrangement.id, commitmentId, UsRussia2011.YEAR_END.minusDays(16),
                        "Evidence " + name)),
                registrar(random), "CommitmentFulfilled", names("commitmentId", commitmentId), false);
    }

    /** A contact for a party and role not yet taken in this arrangement, or null when the clients know of none. */
    private Write contact(Random random, Arrangement arrangement, String id) {
        ContactTerms terms = pick(random, CONTACTS);
        List<ContactRole> roles = new ArrayList<>(List.of(ContactRole.values()));
        Collections.shuffle(roles, random);
        for (ContactRole role : roles) {
            if (arrangement.takenRoles.add(terms.party() + "/" + role)) {
                String body = new ContactTerms(id, terms.party(), role, terms.details(), terms.designatedOn()).json();
                return new Write(arrangement.id, "/api/arrangements/" + arrangement.id + "/contacts", body, registrarOf(terms.party()),
                        "PointOfContactDesignated", names("contactId", id), true);
            }
        }
        return null;
    }

    private Write paper(Random random, Arrangement arrangement, String id) {
        DoctrinePaperSubmitted fixture = random.nextBoolean() ? UsRussia2011.usPaperSubmitted() : UsRussia2011.rusPaperSubmitted();
        DoctrinePaperSubmitted paper = new DoctrinePaperSubmitted(arrangement.id, id, fixture.fromParty(), fixture.addressees(),
                fixture.title(), fixture.subject(), fixture.language(), fixture.marking(), fixture.version(), sha256(id), null, null,
                fixture.submittedOn());
        return new Write(arrangement.id, "/api/arrangements/" + arrangement.id + "/papers", Requests.paper(paper),
                registrarOf(paper.fromParty()), "DoctrinePaperSubmitted", names("paperId", id), true);
    }

    private Write acknowledgement(Arrangement arrangement, Paper paper) {
        String party = USA.equals(paper.fromParty()) ? RUS : USA;
        return new Write(arrangement.id, "/api/arrangements/" + arrangement.id + "/papers/" + paper.id() + "/acknowledgements",
                Requests.acknowledgement(new DoctrinePaperReceiptAcknowledged(arrangement.id, paper.id(), party,
                        paper.submittedOn().plusDays(7))),
                registrarOf(party), "DoctrinePaperReceiptAcknowledged", names("paperId", paper.id(), "party", party), false);
    }

    private void accepted(Write write) {
        Arrangement arrangement = arrangements.get(write.arrangementId());
        switch (write.eventType()) {
            case "ArrangementRecorded" -> {
                if (arrangements.putIfAbsent(write.arrangementId(), new Arrangement(write.arrangementId())) == null) {
                    arrangementIds.add(write.arrangementId());
                }
            }
            case "CommitmentAdded" -> arrangement.openCommitments.add(write.names().get("commitmentId"));
            case "CommitmentFulfilled" -> arrangement.openCommitments.remove(write.names().get("commitmentId"));
            case "DoctrinePaperSubmitted" -> {
                String from = write.user().party();
                arrangement.unacknowledgedPapers.add(new Paper(write.names().get("paperId"), from,
                        (USA.equals(from) ? UsRussia2011.usPaperSubmitted() : UsRussia2011.rusPaperSubmitted()).submittedOn()));
            }
            case "DoctrinePaperReceiptAcknowledged" ->
                    arrangement.unacknowledgedPapers.removeIf(p -> p.id().equals(write.names().get("paperId")));
            default -> {
            }
        }
    }

    private void refused(Write write, Answer answer) {
        Arrangement arrangement = arrangements.get(write.arrangementId());
        if (arrangement == null || answer.status() != 409) {
            return;
        }
        // The registry knows better: an unanswered write did what the clients still expect to be possible.
        switch (write.eventType()) {
            case "CommitmentProgressRecorded", "CommitmentFulfilled" ->
                    arrangement.openCommitments.remove(write.names().get("commitmentId"));
            case "DoctrinePaperReceiptAcknowledged" ->
                    arrangement.unacknowledgedPapers.removeIf(p -> p.id().equals(write.names().get("paperId")));
            default -> {
            }
        }
    }

    private User registrar(Random random) {
        return random.nextBoolean() ? usa : rus;
    }

    private User registrarOf(String party) {
        return USA.equals(party) ? usa : rus;
    }

    private static String commitmentPath(Arrangement arrangement, String commitmentId) {
        return "/api/arrangements/" + arrangement.id + "/commitments/" + commitmentId;
    }

    private static SortedMap<String, String> names(String... fieldsAndValues) {
        SortedMap<String, String> names = new TreeMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            names.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return names;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Papers are registered by digest; any digest will do, one per paper. */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
