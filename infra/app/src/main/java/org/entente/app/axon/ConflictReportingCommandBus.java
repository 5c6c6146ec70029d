package org.entente.app.axon;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.entente.api.rules.CommandRefusal;
import org.entente.api.rules.Outcome;

/**
 * The local command bus, reporting a lost race as a refusal. Another writer storing first (another
 * instance, or a stale cached aggregate) is only found when the unit of work commits the events, after
 * every handler interceptor has returned, so {@link CommandRefusals} cannot see it. Here the command's
 * result is turned into a {@link CommandExecutionException} whose details say
 * {@link CommandRefusal#CONCURRENT_MODIFICATION}: what a distributed bus carries back to the sender,
 * where the HTTP layer answers it as 409, never as an internal error.
 */
public class ConflictReportingCommandBus extends SimpleCommandBus {

    public ConflictReportingCommandBus(SimpleCommandBus.Builder builder) {
        super(builder);
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        super.handle(command, handler, (CommandCallback<C, R>) (message, result) -> callback.onResult(message, reported(result)));
    }

    static <R> CommandResultMessage<? extends R> reported(CommandResultMessage<? extends R> result) {
        if (!result.isExceptional() || !isLostRace(result.exceptionResult())) {
            return result;
        }
        String detail = "Another change to the same aggregate was stored first; read it again and retry";
        CommandExecutionException refusal = new CommandExecutionException(detail, result.exceptionResult(),
                new CommandRefusal(CommandRefusal.CONCURRENT_MODIFICATION, Outcome.CONFLICT, null, detail));
        return new GenericCommandResultMessage<R>(refusal, result.getMetaData());
    }

    private static boolean isLostRace(Throwable failure) {
        return failure instanceof ConcurrencyException || failure instanceof AggregateStreamCreationException;
    }
}
