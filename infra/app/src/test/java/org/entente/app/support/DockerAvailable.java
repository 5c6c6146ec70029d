package org.entente.app.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** Runs a container suite only where a Docker engine answers, and says plainly why it was skipped otherwise. */
public final class DockerAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return ConditionEvaluationResult.enabled("Docker engine available: running against real MongoDB");
        }
        return ConditionEvaluationResult.disabled("SKIPPED: no Docker engine on this machine, so the suite against "
                + "a real MongoDB 7 replica set (Testcontainers) cannot run here; it runs wherever Docker is available");
    }
}
