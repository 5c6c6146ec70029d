package org.entente.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.entente.benchmark.CrashWorkload.Acknowledged;
import org.entente.benchmark.CrashWorkload.CycleLoad;
import org.entente.benchmark.SignedInClient.User;
import org.entente.benchmark.StoreAudit.Event;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jepsen-style crash cycles against the runnable jar as built: the registry runs as a child JVM on a fresh
 * embedded data file, several clients write to it, and after a random half second to three seconds of load the
 * JVM is killed with SIGKILL, then started again on the same file; again and again. After the last cycle, with
 * the registry running, every write it acknowledged must be in its arrangement's history exactly once, every
 * hash chain must verify, and every projection must equal a rebuild of it from the log.
 * <p>
 * Settings (system properties): {@code crash.cycles} (10), {@code crash.clients} (4), {@code crash.seed} (random;
 * printed, it fixes the writes and the kill times, though not how far each write got).
 */
class CrashCyclesIT {

    private static final int CYCLES = Integer.getInteger("crash.cycles", 10);
    private static final int CLIENTS = Integer.getInteger("crash.clients", 4);
    private static final long SEED = Long.getLong("crash.seed", new Random().nextLong());
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** Start-up dominates a cycle; a JVM that compiles less starts in about half the time. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC",
            "-Xmx512m");
    /** Refusals a client may meet when an unanswered write did what it is trying next; anything else is a failure. */
    private static final Set<Integer> EXPECTED_REFUSALS = Set.of(409);

    @Test
    void nothing_the_registry_acknowledged_is_lost_or_stored_twice_when_it_is_killed_under_load_again_and_again() throws Exception {
        Path jar = Path.of(System.getProperty("entente.app.jar", "../app/target/entente.jar"));
        assertThat(jar).as("the runnable jar the app module packages").isRegularFile();
        Path work = Path.of(System.getProperty("crash.work", "target/crash-cycles"));
        if (Files.exists(work)) {
            Harness.deleteRecursively(work);
        }
        Files.createDirectories(work);

        String password = UUID.randomUUID().toString();
        User usa = new User("crash-usa", password, "USA", List.of("REGISTRAR"));
        User rus = new User("crash-rus", password, "RUS", List.of("REGISTRAR"));
        User auditor = new User("crash-auditor", password, null, List.of("AUDITOR", "ADMIN"));
        List<String> arguments = new ArrayList<>(List.of(
                "--entente.mongodb.uri=", "--spring.mongodb.uri=",
                "--entente.mongodb.embedded.data-file=" + work.toAbsolutePath().resolve("entente.mv"),
                "--entente.node-id=crash-cycles",
                // Snapshots every twenty events, so that crashes meet them too.
                "--entente.event-store.snapshot-threshold=20",
                "--spring.main.banner-mode=off"));
        arguments.addAll(usa.arguments(0));
        arguments.addAll(rus.arguments(1));
        arguments.addAll(auditor.arguments(2));

        Random random = new Random(SEED);
        CrashWorkload workload = new CrashWorkload(usa, rus, CLIENTS, SEED);
        Map<Integer, Integer> refusals = new TreeMap<>();
        System.out.printf(Locale.ROOT, "Crash cycles: %d cycles, %d clients, seed %d, %s on %d cores; work directory %s%n",
                CYCLES, CLIENTS, SEED, jar, Runtime.getRuntime().availableProcessors(), work.toAbsolutePath());

        RunningJar registry = null;
        boolean passed = false;
        try {
            List<Double> startSeconds = new ArrayList<>();
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                long start = System.nanoTime();
                registry = start(jar, arguments, "cycle-" + cycle, auditor, work);
                startSeconds.add((System.nanoTime() - start) / 1e9);
                CrashWorkload.Load load = workload.start(cycle, registry.baseUri());
                int killAfter = 500 + random.nextInt(2_501);
                Harness.sleep(killAfter);
                long pid = registry.pid();
                registry.crash();
                registry = null;
                CycleLoad done = load.stop();
                done.refusals().forEach((status, count) -> refusals.merge(status, count, Integer::sum));
                System.out.printf(Locale.ROOT, "cycle %d: started in %.1f s, killed (pid %d) after %d ms of load: %d writes sent, "
                                + "%d acknowledged, %d without an answer, %d creates retried, refused %s%n", cycle,
                        startSeconds.get(cycle - 1), pid, killAfter, done.sent(), done.acknowledged(), done.unanswered(), done.retried(),
                        done.refusals());
            }

            long start = System.nanoTime();
            registry = start(jar, arguments, "after-the-crashes", auditor, work);
            double lastStart = (System.nanoTime() - start) / 1e9;
            CycleLoad recovery = workload.retryUnanswered(CYCLES + 1, registry.baseUri());
            recovery.refusals().forEach((status, count) -> refusals.merge(status, count, Integer::sum));
            System.out.printf(Locale.ROOT, "after the last cycle: started in %.1f s (start-up over all %d starts: mean %.1f s); "
                            + "%d unanswered creates retried, %d acknowledged, refused %s%n", lastStart, CYCLES + 1,
                    (startSeconds.stream().mapToDouble(Double::doubleValue).sum() + lastStart) / (CYCLES + 1), recovery.retried(),
                    recovery.acknowledged(), recovery.refusals());

            passed = audit(registry, auditor, workload.acknowledged(), refusals);
        } finally {
            if (registry != null) {
                registry.close();
            }
            if (passed) {
                Harness.deleteRecursively(work);
            } else {
                System.out.println("The registry's data file and logs are kept in " + work.toAbsolutePath());
            }
        }
    }

    private static RunningJar start(Path jar, List<String> arguments, String name, User auditor, Path work) {
        return RunningJar.start(new RunningJar.Launch(name, jar, JVM_OPTIONS, arguments, Map.of(), auditor.authorization()),
                work, START_TIMEOUT);
    }

    /** @return whether everything held */
    private static boolean audit(RunningJar registry, User auditor, List<Acknowledged> acknowledged, Map<Integer, Integer> refusals) {
        long started = System.nanoTime();
        StoreAudit audit = new StoreAudit(registry.baseUri(), auditor);
        SortedMap<String, String> heads = audit.streamHeads();
        Map<String, List<Event>> histories = new HashMap<>();
        List<String> doubledFacts = new ArrayList<>();
        long events = 0;
        for (Map.Entry<String, String> head : heads.entrySet()) {
            List<Event> history = audit.history(head.getKey());
            histories.put(head.getKey(), history);
            audit.chain(head.getKey(), history.size(), head.getValue());
            doubledFacts.addAll(StoreAudit.doubled(head.getKey(), history));
            events += history.size();
        }

        List<Acknowledged> lost = new ArrayList<>();
        List<Acknowledged> doubled = new ArrayList<>();
        Map<Integer, int[]> byCycle = new TreeMap<>();
        for (int cycle = 1; cycle <= CYCLES + 1; cycle++) {
            byCycle.put(cycle, new int[3]);
        }
        for (Acknowledged write : acknowledged) {
            List<Event> history = histories.getOrDefault(write.arrangementId(), List.of());
            int[] counts = byCycle.get(write.cycle());
            counts[0]++;
            if (StoreAudit.lost(write, history)) {
                lost.add(write);
                counts[1]++;
            }
            if (StoreAudit.matches(write, history).size() > 1) {
                doubled.add(write);
                counts[2]++;
            }
        }
        byCycle.forEach((cycle, counts) -> System.out.printf(Locale.ROOT, "%s: acknowledged %d, lost %d, doubled %d%n",
                cycle <= CYCLES ? "cycle " + cycle : "after the last cycle", counts[0], counts[1], counts[2]));
        System.out.printf(Locale.ROOT, "total: acknowledged %d, lost %d, doubled %d; %d streams, %d events, %d facts stored twice, "
                        + "%d chains checked; refusals %s%n", acknowledged.size(), lost.size(), doubled.size(), heads.size(), events,
                doubledFacts.size(), heads.size(), refusals);

        long projectionsStarted = System.nanoTime();
        Map<String, Integer> versions = new TreeMap<>();
        histories.forEach((id, history) -> versions.put(id, history.size()));
        List<String> projections = audit.awaitProjectionsCaughtUp(Duration.ofSeconds(120));
        String digest = audit.registryDigest();
        Map<String, JsonNode> before = audit.views(versions);
        projections.forEach(audit::rebuild);
        audit.awaitProjectionsCaughtUp(Duration.ofSeconds(120));
        Map<String, JsonNode> after = audit.views(versions);
        List<String> differences = StoreAudit.differences(before, after);
        System.out.printf(Locale.ROOT, "projections: %s rebuilt and compared at %d addresses in %.1f s, %d differ; audit took %.1f s%n",
                projections, before.size(), (System.nanoTime() - projectionsStarted) / 1e9, differences.size(),
                (System.nanoTime() - started) / 1e9);

        Set<Integer> unexpected = new TreeSet<>(refusals.keySet());
        unexpected.removeAll(EXPECTED_REFUSALS);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(acknowledged).as("acknowledged writes").isNotEmpty();
        softly.assertThat(lost.size()).as("acknowledged writes missing from their arrangement's history, such as "
                + firstOf(lost)).isZero();
        softly.assertThat(doubled.size()).as("acknowledged writes stored more than once, such as " + firstOf(doubled)).isZero();
        softly.assertThat(doubledFacts.size()).as("facts stored more than once, acknowledged or not: " + firstOf(doubledFacts))
                .isZero();
        softly.assertThat(audit.problems().size()).as("histories, chains and views that do not add up: "
                + firstOf(audit.problems())).isZero();
        softly.assertThat(audit.registryDigest()).as("the registry digest after the rebuilds").isEqualTo(digest);
        softly.assertThat(differences.size()).as("projections that differ from their rebuild: " + firstOf(differences)).isZero();
        softly.assertThat(unexpected).as("answers other than " + EXPECTED_REFUSALS + " to writes that were not acknowledged")
                .isEmpty();
        softly.assertAll();
        return true;
    }

    /** A failure names a few cases; the registry's data file and logs, kept, have the rest. */
    private static String firstOf(List<?> cases) {
        return cases.size() <= 10 ? cases.toString() : cases.subList(0, 10) + " and " + (cases.size() - 10) + " more";
    }
}
