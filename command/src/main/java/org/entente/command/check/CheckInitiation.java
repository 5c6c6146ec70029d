package org.entente.command.check;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.entente.api.check.InitiateCommunicationCheck;
import org.entente.api.rules.Acting;
import org.entente.api.rules.Expected;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.entente.command.arrangement.Arrangement;
import org.entente.command.shared.ExpectedVersion;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.entente.command.shared.ActingParty.requireActingFor;

/**
 * Starts a communication check after asking the arrangement, as it stands now, whether the checker may
 * check that point of contact. The arrangement is read, not changed: a check started while the contact
 * is being retired may still begin, as an answer to a retired contact's check may still count.
 */
public class CheckInitiation {

    private final Repository<Arrangement> arrangements;
    private final Repository<CommunicationCheck> checks;
    private final Clock clock;

    public CheckInitiation(Repository<Arrangement> arrangements, Repository<CommunicationCheck> checks, Clock clock) {
        this.arrangements = arrangements;
        this.checks = checks;
        this.clock = clock;
    }

    /** Answers the new check's version: its stream holds its one initiation. */
    @CommandHandler
    public long handle(InitiateCommunicationCheck command, @MetaDataValue(Acting.PARTY) String actingParty,
                       @MetaDataValue(Expected.VERSION) String expectedVersion) throws Exception {
        requireActingFor(actingParty, command.fromParty());
        requireNew(command.checkId());
        String toParty = targetOf(command, expectedVersion);
        // Whole seconds: people record answers to the second, and one given in the same second must count.
        Instant initiatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        checks.newInstance(() -> new CommunicationCheck(command, toParty, initiatedAt));
        return 1L;
    }

    /** The arrangement stays locked from its load to the end of the command, so its version cannot change in between. */
    private String targetOf(InitiateCommunicationCheck command, String expectedVersion) {
        try {
            Aggregate<Arrangement> arrangement = arrangements.load(command.arrangementId());
            ExpectedVersion.require(expectedVersion, arrangement.version() + 1, "The arrangement");
            return arrangement.invoke(a -> a.checkTarget(command.contactId(), command.fromParty()));
        } catch (AggregateNotFoundException e) {
            throw new RuleViolation(Rule.UNKNOWN_ARRANGEMENT, "The registry has no arrangement '" + command.arrangementId() + "'");
        }
    }

    private void requireNew(String checkId) {
        try {
            checks.load(checkId);
        } catch (AggregateNotFoundException absent) {
            return;
        }
        throw new RuleViolation(Rule.CHECK_ALREADY_INITIATED, "Check '" + checkId + "' already exists");
    }
}
