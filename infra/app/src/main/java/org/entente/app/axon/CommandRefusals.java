package org.entente.app.axon;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.entente.api.rules.CommandRefusal;
import org.entente.api.rules.Outcome;
import org.entente.api.rules.RuleViolation;

/**
 * Puts why a command was refused into the details of Axon's {@link CommandExecutionException}, which is
 * what a distributed command bus carries back to the sender: the exception a handler threw does not
 * cross, its serialized details do. The HTTP layer answers from these details alone, so a refusal reads
 * the same whether the handler ran in this process or on another node.
 */
public final class CommandRefusals implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), violation, CommandRefusal.of(violation));
        } catch (AggregateNotFoundException missing) {
            String detail = "No " + subjectOf(unitOfWork.getMessage()) + " '" + missing.getAggregateIdentifier() + "'";
            throw new CommandExecutionException(detail, missing,
                    new CommandRefusal(CommandRefusal.NOT_FOUND, Outcome.NOT_FOUND, null, detail));
        }
    }

    /** Commands live in the package of what they address: checks, or the arrangement and its parts. */
    private static String subjectOf(CommandMessage<?> command) {
        return command.getPayloadType().getPackageName().endsWith(".check") ? "communication check" : "arrangement";
    }
}
