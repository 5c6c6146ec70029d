package org.entente.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;


/**
 * A build of the application's runnable jar, run as a child process on a free port against a MongoDB the
 * harness names, with the harness's {@link Users} declared and its output in a log file. Every child is stopped when it is closed, and, should the
 * harness itself be stopped first, by a shutdown hook: no build outlives the comparison.
 */
final class RunningJar implements AutoCloseable {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(RunningJar::kill), "stop-benchmarked-builds"));
    }

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private RunningJar(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the jar and waits until its health endpoint answers. The MongoDB URI is given both as the setting and
     * as {@code ENTENTE_MONGODB_URI}, which older builds read.
     */
    static RunningJar start(String name, Path jar, String mongoUri, Path workDirectory, Duration startTimeout) {
        int port = freePort();
        Path log = workDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        String jvmArgs = System.getProperty("bench.childJvmArgs", "");
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--entente.mongodb.uri=" + mongoUri,
                "--entente.node-id=benchmark-" + name,
                "--spring.main.banner-mode=off"));
        command.addAll(Users.asArguments());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("ENTENTE_MONGODB_URI", mongoUri);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + jar, e);
        }
        LIVE.add(process);
        RunningJar running = new RunningJar(name, process, log, port);
        try {
            running.awaitHealthy(startTimeout);
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUri() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The " + name + " build stopped while starting (exit " + process.exitValue()
                        + "); its output is in " + log + ":\n" + tail());
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the " + name + " build", e);
            }
            Harness.sleep(500);
        }
        throw new IllegalStateException("The " + name + " build did not answer its health check within " + timeout.toSeconds()
                + " s; its output is in " + log + ":\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Asks the build to stop as an operator would (SIGTERM), then forces it after half a minute. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill(process);
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
        } finally {
            LIVE.remove(process);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** The JVM the harness runs on, so both builds run on the same one. */
    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
