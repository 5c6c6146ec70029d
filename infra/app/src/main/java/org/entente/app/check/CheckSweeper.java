package org.entente.app.check;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.entente.api.check.CheckStatus;
import org.entente.api.check.FailCommunicationCheck;
import org.entente.query.check.CheckDocument;
import org.entente.query.check.CheckDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * Fails checks nobody answered in time. Nothing is kept in memory: the pending checks are read from the
 * stored read model on every sweep, so a check still fails on time after a restart. The check decides
 * with the registry clock; one answered meanwhile refuses to fail, and is passed over.
 */
class CheckSweeper {

    private static final Logger log = LoggerFactory.getLogger(CheckSweeper.class);

    private final CheckDocuments checks;
    private final CommandGateway commands;
    private final Clock clock;

    CheckSweeper(CheckDocuments checks, CommandGateway commands, Clock clock) {
        this.checks = checks;
        this.commands = commands;
        this.clock = clock;
    }

    void sweep() {
        int failed = failOverdueChecks();
        if (failed > 0) {
            log.info("Failed {} communication check(s) not answered in time", failed);
        }
    }

    int failOverdueChecks() {
        Instant now = clock.instant();
        int failed = 0;
        for (CheckDocument check : checks.search(null, CheckStatus.PENDING)) {
            if (now.isAfter(check.answerBy())) {
                try {
                    commands.sendAndWait(new FailCommunicationCheck(check.id()));
                    failed++;
                } catch (CommandExecutionException alreadyClosed) {
                    log.debug("Check {} was not failed: {}", check.id(), alreadyClosed.getMessage());
                }
            }
        }
        return failed;
    }
}
