package org.entente.benchmark;

import org.axonframework.messaging.timeout.AxonTaskJanitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * P6: the registry's reads over HTTP as the registry grows. For each size the harness writes a
 * {@link GeneratedRegistry} into an embedded data file (or grows the one it wrote for the size before), starts
 * the runnable jar on that file, waits for its projections, and measures the latency of the reads a registry's
 * users make, each against the health endpoint's as the reference: one arrangement, lists, search, a party's
 * commitments and the commitments across the registry. A read the build does not serve (any answer but 200 to
 * its first request) is reported as not served rather than failing the run, so the same harness measures
 * builds from before and after such a read was added.
 * <p>
 * Run with {@code ./mvnw -B -Pqueries -pl infra/benchmark -am verify -DskipTests}; the options are in
 * docs/benchmarks.md.
 */
public final class QueryBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 1000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 100);
    private static final Duration TIME_BOX = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final int PREFILL_CLIENTS = Integer.getInteger("bench.prefillClients", 16);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("bench.startSeconds", 300));
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(Long.getLong("bench.catchUpSeconds", 3600));
    private static final String PARTY = "DEU";
    private static final String JSON = "application/json";
    private static final String HEALTH = "health";
    private static final double GOAL = 3.0;
    private static final int GOAL_SIZE = 1_000_000;

    /** One read: its name in the table, and the request, drawn anew for every request where it varies. */
    private record Query(String name, Supplier<String> path, String accept) {
        static Query of(String name, String path) {
            return new Query(name, () -> path, JSON);
        }
    }

    /** A read's latencies at one size; {@code status} is the first answer's when it was not served. */
    private record Latency(int requests, double p50Millis, double p99Millis, int status) {
        boolean served() {
            return status == 200;
        }
    }

    private record Measurement(long events, Map<String, Latency> latencies) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", System.getProperty("bench.defaultAfter", "infra/app/target/entente.jar")))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No runnable jar at " + jar + " (name one with -Dbench.jar=…)");
        }
        String named = System.getProperty("bench.data", "");
        Path data = named.isBlank() ? Files.createTempDirectory("entente-p6") : Files.createDirectories(Path.of(named).toAbsolutePath());
        boolean keep = !named.isBlank() || Boolean.getBoolean("bench.keepData");
        int prepared = GeneratedRegistry.arrangements(data);
        if (prepared == 0 && Files.exists(data.resolve(GeneratedRegistry.DATA_FILE))) {
            throw new IllegalArgumentException(data + " holds a data file this harness did not write (no "
                    + GeneratedRegistry.MARKER + ")");
        }
        List<Integer> sizes = sizes(prepared * GeneratedRegistry.EVENTS_PER_ARRANGEMENT);
        System.out.printf(Locale.ROOT, "P6 queries as the registry grows: %s; sizes %s events; %d clients, %,d requests or %d s "
                        + "per read after %,d to warm up; data in %s; %d cores, JVM %s%n", jar, sizes, CLIENTS, REQUESTS,
                TIME_BOX.toSeconds(), WARM_UP, data, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        boolean done = false;
        try {
            List<Measurement> measurements = new ArrayList<>();
            for (int size : sizes) {
                int arrangements = size / GeneratedRegistry.EVENTS_PER_ARRANGEMENT;
                if (arrangements > GeneratedRegistry.arrangements(data)) {
                    System.out.printf(Locale.ROOT, "Writing the registry up to %,d events%n", size);
                    long start = System.nanoTime();
                    GeneratedRegistry.grow(data, arrangements, PREFILL_CLIENTS, CATCH_UP_TIMEOUT);
                    System.out.printf(Locale.ROOT, "  %,d events in %.0f s%n", size, (System.nanoTime() - start) / 1e9);
                }
                measurements.add(measure(jar, data, size, arrangements));
            }
            print(measurements);
            done = true;
        } finally {
            if (keep) {
                System.out.println("The data directory is kept: " + data + " (measure it again with -Dbench.data=" + data + ")");
            } else if (done) {
                Harness.deleteRecursively(data);
            } else {
                System.out.println("The data directory and the build's log are kept in " + data);
            }
            // Axon's handler-timeout janitor is one executor per JVM whose thread never ends by itself; exec:java
            // waits for every thread the main started, so the build would not finish.
            AxonTaskJanitor.INSTANCE.shutdownNow();
        }
    }

    /**
     * The sizes asked for; a prepared registry is measured at its own size first, then grown only to the sizes
     * named explicitly ({@code bench.sizes}, {@code bench.large}) that are larger.
     */
    private static List<Integer> sizes(int prepared) {
        boolean named = System.getProperty("bench.sizes") != null || Boolean.getBoolean("bench.large");
        List<Integer> sizes = new ArrayList<>();
        if (prepared > 0) {
            sizes.add(prepared);
            if (!named) {
                return sizes;
            }
        }
        Arrays.stream(System.getProperty("bench.sizes", "10000,100000").split(",")).map(String::trim).map(Integer::valueOf)
                .filter(size -> size > prepared).forEach(sizes::add);
        if (Boolean.getBoolean("bench.large") && GOAL_SIZE > prepared) {
            sizes.add(GOAL_SIZE);
        }
        return sizes.stream().distinct().sorted().toList();
    }

    private static Measurement measure(Path jar, Path data, int size, int arrangements) {
        String jvmArgs = System.getProperty("bench.childJvmArgs", "");
        RunningJar.Launch launch = new RunningJar.Launch("p6-" + size, jar,
                jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.trim().split("\\s+")),
                Stream.concat(Stream.of("--entente.mongodb.embedded.data-file=" + data.resolve(GeneratedRegistry.DATA_FILE),
                        "--entente.node-id=benchmark-p6", "--spring.main.banner-mode=off"), Users.asArguments().stream()).toList(),
                Map.of(), null);
        long start = System.nanoTime();
        try (RunningJar application = RunningJar.start(launch, data, START_TIMEOUT)) {
            Api api = new Api(application.baseUri());
            Harness.awaitProjections(api, CATCH_UP_TIMEOUT);
            System.out.printf(Locale.ROOT, "Measuring at %,d events (%,d arrangements): started and caught up in %.0f s%n",
                    size, arrangements, (System.nanoTime() - start) / 1e9);
            Map<String, Latency> latencies = new LinkedHashMap<>();
            for (Query query : queries(arrangements)) {
                Latency latency = latency(api, query);
                latencies.put(query.name(), latency);
                System.out.println(latency.served()
                        ? String.format(Locale.ROOT, "  %-55s p50 %8.1f ms  p99 %8.1f ms  (%,d requests)", query.name(),
                        latency.p50Millis(), latency.p99Millis(), latency.requests())
                        : String.format(Locale.ROOT, "  %-55s not served (%d)", query.name(), latency.status()));
            }
            return new Measurement(size, latencies);
        }
    }

    /**
     * The reads measured. The due window is the month after this one, what a dashboard of the coming deadlines
     * asks; the dashboard's own reads take their default window, this quarter and the next; one arrangement is a
     * different one, drawn at random, on every request.
     */
    private static List<Query> queries(int arrangements) {
        LocalDate nextMonth = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        String window = "dueFrom=" + nextMonth + "&dueTo=" + nextMonth.plusMonths(1).minusDays(1);
        return List.of(
                Query.of(HEALTH, "/actuator/health"),
                new Query("one arrangement", () -> "/api/arrangements/" + GeneratedRegistry.ID_PREFIX
                        + ThreadLocalRandom.current().nextInt(arrangements), JSON),
                Query.of("arrangements, first 100", "/api/arrangements?size=100"),
                Query.of("arrangements of " + PARTY, "/api/arrangements?party=" + PARTY + "&size=100"),
                Query.of("arrangements found by \"hotline\"", "/api/arrangements?q=hotline&size=100"),
                Query.of("commitments of " + PARTY, "/api/parties/" + PARTY + "/commitments?size=100"),
                Query.of("overdue commitments of " + PARTY, "/api/parties/" + PARTY + "/commitments?overdue=true&size=100"),
                Query.of("commitments across the registry", "/api/commitments?size=100"),
                Query.of("commitments due next month", "/api/commitments?" + window + "&size=100"),
                Query.of("overdue commitments across the registry", "/api/commitments?overdue=true&size=100"),
                Query.of("commitments across the registry owed by " + PARTY, "/api/commitments?party=" + PARTY + "&size=100"),
                Query.of("dashboard: milestones of this quarter and the next", "/api/dashboard/milestones"),
                Query.of("dashboard: milestones of " + PARTY, "/api/dashboard/milestones?party=" + PARTY),
                Query.of("dashboard: every party's scorecard", "/api/dashboard/parties"),
                new Query("arrangements, first 100, as CSV", () -> "/api/arrangements?size=100", "text/csv"));
    }

    /**
     * The read's first answer decides whether it is served; then the warm-up, then up to {@code REQUESTS}
     * requests from {@code CLIENTS} clients at once, within the time box (a request under way when it ends still
     * counts). Any answer but 200 during either stops the run.
     */
    private static Latency latency(Api api, Query query) {
        int status = api.status(query.path().get(), query.accept());
        if (status != 200) {
            return new Latency(0, 0, 0, status);
        }
        run(api, query, WARM_UP, TIME_BOX.dividedBy(4));
        long[] nanos = run(api, query, REQUESTS, TIME_BOX);
        Arrays.sort(nanos);
        return new Latency(nanos.length, percentile(nanos, 0.50), percentile(nanos, 0.99), status);
    }

    private static long[] run(Api api, Query query, int requests, Duration timeBox) {
        AtomicInteger taken = new AtomicInteger();
        long deadline = System.nanoTime() + timeBox.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                while (System.nanoTime() < deadline && taken.getAndIncrement() < requests) {
                    nanos.add(api.timedGet(query.path().get(), query.accept()));
                }
                return nanos;
            }));
        }
        try {
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> client : clients) {
                all.addAll(client.get());
            }
            return all.stream().mapToLong(Long::longValue).toArray();
        } catch (Exception e) {
            throw new IllegalStateException("Measuring '" + query.name() + "' failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Nearest rank. */
    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(p * sorted.length) - 1] / 1e6;
    }

    // ------------------------------------------------------------------ the table

    private static void print(List<Measurement> measurements) {
        StringBuilder header = new StringBuilder("| read |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (Measurement m : measurements) {
            header.append(String.format(Locale.ROOT, " %,d: p50 ms | p99 ms | p99 ÷ health |", m.events()));
            rule.append(" ---: | ---: | ---: |");
        }
        header.append(" goal: p99 ≤ 3 × health at 1,000,000 |");
        rule.append(" --- |");
        System.out.println();
        System.out.println(header);
        System.out.println(rule);
        Measurement largest = measurements.get(measurements.size() - 1);
        for (String read : measurements.get(0).latencies().keySet()) {
            StringBuilder row = new StringBuilder("| " + read + " |");
            for (Measurement m : measurements) {
                Latency latency = m.latencies().get(read);
                Latency health = m.latencies().get(HEALTH);
                row.append(latency.served()
                        ? String.format(Locale.ROOT, " %.1f | %.1f | %.1f |", latency.p50Millis(), latency.p99Millis(),
                        latency.p99Millis() / health.p99Millis())
                        : String.format(Locale.ROOT, " not served (%d) | | |", latency.status()));
            }
            row.append(' ').append(goal(read, largest)).append(" |");
            System.out.println(row);
        }
    }

    private static String goal(String read, Measurement largest) {
        if (read.equals(HEALTH)) {
            return "";
        }
        Latency latency = largest.latencies().get(read);
        if (!latency.served()) {
            return "not served";
        }
        double ratio = latency.p99Millis() / largest.latencies().get(HEALTH).p99Millis();
        String verdict = ratio <= GOAL ? "met" : "not met";
        return largest.events() >= GOAL_SIZE ? verdict
                : String.format(Locale.ROOT, "not measured at 1,000,000 (%s at %,d)", verdict, largest.events());
    }
}
