package org.entente.app.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.RemoteExceptionDescription;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.entente.api.check.AnswerCommunicationCheck;
import org.entente.api.commitment.AddCommitment;
import org.entente.api.fixtures.Registry;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.api.rules.Rule;
import org.entente.api.rules.RuleViolation;
import org.entente.app.axon.CommandRefusals;
import org.entente.app.axon.ConflictReportingCommandBus;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A command refused on another node still answers the client with the right problem. A distributed
 * command bus delivers a handler's failure as a {@link CommandExecutionException} whose cause only
 * describes the remote exception and whose details arrive serialized: the refusal's code, field and
 * outcome must be in those details, and the HTTP layer must answer from them alone.
 */
class RefusalsAcrossTheBusTest {

    private static final Serializer WIRE = JacksonSerializer.defaultSerializer();

    private final ProblemAdvice advice = new ProblemAdvice();

    @Test
    void a_rule_violation_thrown_on_another_node_answers_its_code_field_and_status() {
        CommandExecutionException remote = asDeliveredFromAnotherNode(refusedLocally(AddCommitment.class,
                new RuleViolation(Rule.OBLIGOR_NOT_A_PARTY, "owedBy[0]", "'FRA' is not a party to arrangement 'x'")));

        ProblemDetail problem = advice.onCommandRefused(remote);

        assertThat(problem.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT.value());
        assertThat(problem.getType()).isEqualTo(URI.create("urn:entente:problem:obligor-not-a-party"));
        assertThat(problem.getTitle()).isEqualTo(Rule.OBLIGOR_NOT_A_PARTY.title());
        assertThat(problem.getProperties()).containsEntry("code", "OBLIGOR_NOT_A_PARTY")
                .containsEntry("errors", List.of(new ProblemAdvice.FieldProblem("owedBy[0]", "'FRA' is not a party to arrangement 'x'")));
    }

    @Test
    void each_outcome_keeps_its_status_across_the_bus() {
        Map<Rule, HttpStatus> outcomes = Map.of(Rule.ACTING_FOR_ANOTHER_PARTY, HttpStatus.FORBIDDEN,
                Rule.COMMITMENT_CLOSED, HttpStatus.CONFLICT, Rule.UNKNOWN_COMMITMENT, HttpStatus.NOT_FOUND,
                Rule.DATE_IN_FUTURE, HttpStatus.UNPROCESSABLE_CONTENT, Rule.VERSION_MISMATCH, HttpStatus.PRECONDITION_FAILED);

        outcomes.forEach((rule, status) -> assertThat(advice.onCommandRefused(asDeliveredFromAnotherNode(
                refusedLocally(AddCommitment.class, new RuleViolation(rule, "refused")))).getStatus())
                .as(rule.name()).isEqualTo(status.value()));
    }

    @Test
    void an_unknown_check_on_another_node_answers_not_found_naming_the_check() {
        CommandExecutionException remote = asDeliveredFromAnotherNode(refusedLocally(AnswerCommunicationCheck.class,
                new AggregateNotFoundException("no-such-check", "not found")));

        ProblemDetail problem = advice.onCommandRefused(remote);

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getDetail()).isEqualTo("No communication check 'no-such-check'");
    }

    @Test
    void a_write_that_lost_the_race_when_its_events_were_stored_on_another_node_answers_409_with_its_code() {
        ConflictReportingCommandBus bus = new ConflictReportingCommandBus(SimpleCommandBus.builder());
        bus.registerHandlerInterceptor(new CommandRefusals());
        bus.subscribe(AddCommitment.class.getName(), command -> {
            // Where the event store reports another writer: when the unit of work commits, after every interceptor.
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> {
                throw new ConcurrencyException("An event for aggregate [x] at sequence [3] was already inserted");
            });
            return 4L;
        });
        CommandExecutionException local = catchThrowableOfType(CommandExecutionException.class,
                () -> DefaultCommandGateway.builder().commandBus(bus).build().sendAndWait(UsRussia2011.CERT_EXCHANGE.addTo(UsRussia2011.ID)));

        ProblemDetail problem = advice.onCommandRefused(asDeliveredFromAnotherNode(local));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(URI.create("urn:entente:problem:concurrent-modification"));
        assertThat(problem.getProperties()).containsEntry("code", "CONCURRENT_MODIFICATION");
    }

    @Test
    void a_failure_without_refusal_details_is_an_internal_error_not_a_refusal() {
        CommandExecutionException remote = new CommandExecutionException("boom",
                new RemoteHandlingException(RemoteExceptionDescription.describing(new IllegalStateException("boom"))));

        ProblemDetail problem = advice.onCommandRefused(remote);

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("boom");
    }

    /** A handler on this node's bus, behind the application's refusal interceptor, refuses the command. */
    private static CommandExecutionException refusedLocally(Class<?> commandType, RuntimeException refusal) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.registerHandlerInterceptor(new CommandRefusals());
        bus.subscribe(commandType.getName(), command -> {
            throw refusal;
        });
        CommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus).build();
        Object command = commandType == AnswerCommunicationCheck.class
                ? new AnswerCommunicationCheck("no-such-check", Registry.NOW)
                : UsRussia2011.CERT_EXCHANGE.addTo(UsRussia2011.ID);
        return catchThrowableOfType(CommandExecutionException.class, () -> gateway.sendAndWait(command));
    }

    /**
     * What a distributed bus hands the sending node: a new exception with the same message, a cause that
     * only describes the remote one, and the details as they come off the wire.
     */
    private static CommandExecutionException asDeliveredFromAnotherNode(CommandExecutionException local) {
        assertThat(local).as("refused through the interceptor").isNotNull();
        SerializedObject<byte[]> details = WIRE.serialize(local.getDetails().orElseThrow(), byte[].class);
        return new CommandExecutionException(local.getMessage(),
                new RemoteHandlingException(RemoteExceptionDescription.describing(local.getCause())), WIRE.deserialize(details));
    }
}
