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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;


/**
 * A build of the application's runnable jar, run as a child process on a free port, with its output in a log
 * file; the benchmarks declare the harness's {@link Users}. The child is the JVM itself (no shell in between),
 * so stopping or killing the process stops the application. Every child is stopped when it is closed, and,
 * should the harness itself be stopped first, by a shutdown hook: no build outlives the harness.
 */
final class RunningJar implements AutoCloseable {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(RunningJar::kill), "stop-child-builds"));
    }

    /**
     * How to start one build.
     *
     * @param name                its name in messages, and its log file's
     * @param jvmOptions          options for the child JVM, before {@code -jar}
     * @param arguments           the application's arguments ({@code --setting=value}); the port is added
     * @param environment         variables added to the harness's environment
     * @param healthAuthorization an {@code Authorization} header for the health check, or null
     */
    record Launch(String name, Path jar, List<String> jvmOptions, List<String> arguments, Map<String, String> environment,
                  String healthAuthorization) {
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
     * Starts the jar against a MongoDB the harness names, and waits until its health endpoint answers. The MongoDB
     * URI is given both as the setting and as {@code ENTENTE_MONGODB_URI}, which older builds read; JVM options
     * come from {@code bench.childJvmArgs}.
     */
    static RunningJar start(String name, Path jar, String mongoUri, Path workDirectory, Duration startTimeout) {
        String jvmArgs = System.getProperty("bench.childJvmArgs", "");
        List<String> jvmOptions = jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.trim().split("\\s+"));
        return start(new Launch(name, jar, jvmOptions,
                Stream.concat(Stream.of("--entente.mongodb.uri=" + mongoUri, "--entente.node-id=benchmark-" + name,
                        "--spring.main.banner-mode=off"), Users.asArguments().stream()).toList(),
                Map.of("ENTENTE_MONGODB_URI", mongoUri), null), workDirectory, startTimeout);
    }

    /** Starts the build on a free port and waits until its health endpoint answers. */
    static RunningJar start(Launch launch, Path workDirectory, Duration startTimeout) {
        int port = freePort();
        Path log = workDirectory.resolve(launch.name() + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-jar", launch.jar().toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(launch.arguments());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(launch.environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + launch.jar(), e);
        }
        LIVE.add(process);
        RunningJar running = new RunningJar(launch.name(), process, log, port);
        try {
            running.awaitHealthy(startTimeout, launch.healthAuthorization());
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

    long pid() {
        return process.pid();
    }

    private void awaitHealthy(Duration timeout, String authorization) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpRequest health = request.build();
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
            Harness.sleep(100);
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

    /**
     * Kills the build as a power cut would, to the extent a process can be: SIGKILL, no shutdown hook, nothing
     * flushed that the build had not flushed itself. Returns once the process is gone.
     */
    void crash() {
        kill(process);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The " + name + " build (pid " + process.pid() + ") survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing the " + name + " build", e);
        } finally {
            LIVE.remove(process);
        }
    }

    /** Stops the build as {@link #close()} does and answers its exit status. */
    int stop() {
        close();
        return process.exitValue();
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

    /** The JVM the harness runs on, so every build runs on the same one. */
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
