package org.entente.benchmark;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's walk-through works as written, for a newcomer with a fresh clone: its shell blocks run in order, in
 * one bash, against the runnable jar started as the README starts it, on an empty data directory. The runner sets
 * only what the README asks the reader to set ({@code ENTENTE}, {@code ENTENTE_DATA}) and runs the blocks in a
 * directory of their own, where {@code infra} leads to the built jars as it does from the repository's root. Any
 * command that fails (a refused request fails {@code curl -f}; a check that does not hold fails {@code jq -e}) fails
 * the test, with the output of the walk-through and of the registry.
 */
class ReadmeWalkThroughIT {

    static final String BEGIN = "<!-- walk-through: begin";
    static final String END = "<!-- walk-through: end";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration WALK_TIMEOUT = Duration.ofMinutes(5);

    @Test
    void the_readme_walk_through_runs_as_written_against_a_freshly_started_registry() throws Exception {
        Path readme = Path.of(System.getProperty("entente.readme", "../../README.md")).toAbsolutePath().normalize();
        Path jar = Path.of(System.getProperty("entente.app.jar", "../app/target/entente.jar")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("readme.work", "target/readme-walk-through")).toAbsolutePath();
        assertThat(jar).as("the runnable jar the app module packages").isRegularFile();
        for (String tool : List.of("bash", "curl", "jq")) {
            assertThat(onPath(tool)).as(tool + ", which the README's walk-through needs (.ci/run installs it: apt-get install -y "
                    + tool + ")").isTrue();
        }
        if (Files.exists(work)) {
            Harness.deleteRecursively(work);
        }
        Path dataHome = Files.createDirectories(work.resolve("data-home"));
        Path shell = Files.createDirectories(work.resolve("shell"));
        Files.createSymbolicLink(shell.resolve("infra"), readme.getParent().resolve("infra"));
        List<String> blocks = walkThroughBlocks(Files.readAllLines(readme));
        Path script = Files.writeString(work.resolve("walk-through.sh"), String.join("\n", blocks));

        RunningJar registry = startOnFreshData(jar, dataHome, work);
        Path dataDirectory = dataHome.resolve("entente");
        int walkExit;
        int registryExit;
        Path output = work.resolve("walk-through.log");
        long started = System.nanoTime();
        try {
            ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-x", script.toString())
                    .directory(shell.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            bash.environment().put("ENTENTE", registry.baseUri());
            bash.environment().put("ENTENTE_DATA", dataDirectory.toString());
            Process walk = bash.start();
            if (!walk.waitFor(WALK_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                walk.descendants().forEach(ProcessHandle::destroyForcibly);
                walk.destroyForcibly();
            }
            walkExit = walk.waitFor();
        } finally {
            registryExit = registry.stop();
        }
        System.out.printf(Locale.ROOT, "README walk-through: %d blocks ran in %.1f s against %s (exit %d); the registry stopped "
                + "with exit status %d; output in %s%n", blocks.size(), (System.nanoTime() - started) / 1e9, jar, walkExit,
                registryExit, output);

        assertThat(walkExit).as("the walk-through's exit status; its last lines:\n" + tail(output) + "\nthe registry's:\n"
                + registry.tail()).isZero();
        assertThat(Files.readString(registry.log()))
                .as("the start-up line names the data file in the user's data directory")
                .contains("ready: embedded store, data in " + dataDirectory.resolve("entente.mv"));
        assertThat(registryExit).as("the exit status of the registry stopped with SIGTERM; its last lines:\n" + registry.tail())
                .isZero();
        Harness.deleteRecursively(work);
    }

    /**
     * Started as the README starts it, with no data file named: the data goes to the user's data directory. The health
     * check alone does not tell this registry from another process that took its port between the port's choice and
     * the start, so the registry's own start-up line must name the port; should another process have the port, the
     * registry is started again on another.
     */
    private static RunningJar startOnFreshData(Path jar, Path dataHome, Path work) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            RunningJar registry = RunningJar.start(new RunningJar.Launch("registry-" + attempt, jar, List.of(),
                    List.of("--entente.mongodb.uri=", "--spring.mongodb.uri=", "--entente.mongodb.embedded.data-file="),
                    Map.of("XDG_DATA_HOME", dataHome.toString()), null), work, START_TIMEOUT);
            String port = registry.baseUri().substring(registry.baseUri().lastIndexOf(':') + 1);
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline && ProcessHandle.of(registry.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                if (Files.readAllLines(registry.log()).stream().anyMatch(line -> line.contains(" ready: ") && line.endsWith(":" + port))) {
                    return registry;
                }
                Thread.sleep(200);
            }
            registry.close();
            if (attempt == 3 || !registry.tail().contains("already in use")) {
                throw new AssertionError("The registry did not say it was ready on port " + port + "; its last lines:\n"
                        + registry.tail());
            }
        }
    }

    /** The shell blocks between the markers, in order; any other fenced block there would silently not run. */
    static List<String> walkThroughBlocks(List<String> readme) {
        int begin = indexOf(readme, BEGIN, 0);
        int end = indexOf(readme, END, begin);
        assertThat(begin).as("the README's marker " + BEGIN).isNotNegative();
        assertThat(end).as("the README's marker " + END + " after the beginning").isGreaterThan(begin);
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : readme.subList(begin + 1, end)) {
            if (block == null && line.startsWith("```")) {
                assertThat(line).as("a fenced block in the README's walk-through, which runs only sh blocks").isEqualTo("```sh");
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        assertThat(block).as("every block in the walk-through is closed").isNull();
        assertThat(blocks).as("the walk-through's sh blocks").isNotEmpty();
        return blocks;
    }

    private static int indexOf(List<String> lines, String prefix, int from) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
