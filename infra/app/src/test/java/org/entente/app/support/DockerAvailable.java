package org.entente.app.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs a container suite only where a Docker engine answers, and says plainly why it was skipped otherwise:
 * in the test report, and on the console of the build.
 */
public final class DockerAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return ConditionEvaluationResult.enabled("Docker engine available: running against real MongoDB");
        }
        String reason = "SKIPPED " + context.getDisplayName() + ": no Docker engine on this machine, so the suite against "
                + "a real MongoDB 7 replica set (Testcontainers) cannot run here; it runs wherever Docker is available";
        toConsole(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    /**
     * Surefire keeps what tests print in report files (redirectTestOutputToFile), and a skip's reason only in the
     * XML report; what the test JVM writes to its own standard error reaches the console of the build.
     */
    @SuppressWarnings("resource") // the process's standard error stays open
    private static void toConsole(String line) {
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        console.println("[WARNING] " + line);
    }
}
