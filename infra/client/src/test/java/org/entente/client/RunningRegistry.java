package org.entente.client;

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
import java.util.concurrent.TimeUnit;

/**
 * The runnable jar as built, started as a child JVM on a free port and a fresh data file, with its output in a log
 * file, as the benchmark harness runs it; stopped when closed, or by a shutdown hook should the test stop first.
 */
final class RunningRegistry implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private RunningRegistry(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar with these application arguments and waits until its health endpoint answers 200. */
    static RunningRegistry start(Path jar, Path work, List<String> arguments, Duration timeout) throws IOException {
        int port = freePort();
        Path log = work.resolve("registry.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--entente.mongodb.embedded.data-file=" + work.toAbsolutePath().resolve("entente.mv")));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-registry"));
        RunningRegistry registry = new RunningRegistry(process, log, port);
        try {
            registry.awaitHealthy(timeout);
        } catch (RuntimeException | InterruptedException e) {
            registry.close();
            throw new IllegalStateException("The registry did not start; its output is in " + log + ":\n" + registry.tail(), e);
        }
        return registry;
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUri() + "/actuator/health")).timeout(Duration.ofSeconds(5))
                .GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The registry stopped while starting (exit " + process.exitValue() + ")");
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The registry did not answer its health check within " + timeout.toSeconds() + " s");
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
