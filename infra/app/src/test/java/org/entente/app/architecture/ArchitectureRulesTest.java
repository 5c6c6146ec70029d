package org.entente.app.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Revision;
import org.entente.api.archfixture.ContractUsingSpring;
import org.entente.app.archfixture.CheckStoreOutsideItsFeature;
import org.entente.app.archfixtureone.FirstFeature;
import org.entente.app.archfixturetwo.SecondFeature;
import org.entente.archfixture.CarelessHandlers;
import org.entente.archfixture.MisnamedQuestion;
import org.entente.archfixture.ReadModelReachingIntoMongo;
import org.entente.archfixture.UnmarkedCommand;
import org.entente.archfixture.UnmarkedEvent;
import org.entente.archfixture.UnrevisedEvent;
import org.entente.command.archfixture.AggregateUsingSpring;
import org.entente.command.archfixture.DecisionReadingAView;
import org.entente.eventstore.archfixture.EngineKnowingTheDomain;
import org.entente.query.archfixture.ProjectionAskingTheAggregate;
import org.entente.verify.archfixture.VerifierReadingBson;
import org.jmolecules.architecture.cqrs.Command;
import org.jmolecules.event.annotation.DomainEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The architecture's rules. They select classes by role — an annotation (jmolecules' domain event and
 * command, Axon's handler annotations) or a module's package — never by how a class is spelled, and each
 * is shown to hold for the production classes and to fail for a class that breaks it (in
 * {@code org.entente.archfixture} and the {@code archfixture} packages of the modules, test sources only).
 * A rule that selects nothing fails too, so a renamed package cannot make a rule pass vacuously.
 */
class ArchitectureRulesTest {

    private static final ArchRule DOMAIN_EVENTS_ARE_REVISED_RECORDS = classes()
            .that().areAnnotatedWith(DomainEvent.class)
            .should().beRecords().andShould().beAnnotatedWith(Revision.class)
            .as("every domain event is a record with a revision, so its stored shape can evolve");

    private static final ArchRule HANDLED_EVENTS_ARE_DOMAIN_EVENTS = methods()
            .that().areAnnotatedWith(EventSourcingHandler.class).or().areAnnotatedWith(EventHandler.class)
            .should(handleOnlyTypesMarkedAs(DomainEvent.class))
            .as("every event a handler folds is a domain event, so the revision rule sees it");

    private static final ArchRule COMMANDS_ARE_MARKED_RECORDS = methods()
            .that().areAnnotatedWith(CommandHandler.class)
            .should(handleOnlyTypesMarkedAs(Command.class))
            .andShould(handleOnlyRecordsOfTheApi())
            .as("every command a handler takes is a record of the api marked as a command");

    private static final ArchRule QUERIES_ARE_NAMED_AS_QUERIES = methods()
            .that().areAnnotatedWith(QueryHandler.class)
            .should(handleOnlyRecordsOfTheApi())
            .andShould(handleOnlyTypesNamedWithSuffix("Query"))
            .as("every query a handler answers is a record of the api whose name ends in Query");

    private static final ArchRule API_NEEDS_ONLY_MESSAGE_ANNOTATIONS = classes()
            .that().resideInAPackage("org.entente.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.entente.api..",
                    "org.axonframework.modelling.command..", "org.axonframework.serialization..", "org.jmolecules..")
            .as("the api depends only on Axon's message annotations and jmolecules' role annotations");

    private static final ArchRule COMMAND_IGNORES_QUERY = noClasses()
            .that().resideInAPackage("org.entente.command..")
            .should().dependOnClassesThat().resideInAPackage("org.entente.query..")
            .as("the command side does not depend on the query side");

    private static final ArchRule QUERY_IGNORES_COMMAND = noClasses()
            .that().resideInAPackage("org.entente.query..")
            .should().dependOnClassesThat().resideInAPackage("org.entente.command..")
            .as("the query side does not depend on the command side");

    private static final ArchRule COMMAND_AND_QUERY_FREE_OF_SPRING = noClasses()
            .that().resideInAnyPackage("org.entente.command..", "org.entente.query..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .as("the command and query sides do not depend on Spring, which the application wires explicitly");

    private static final ArchRule ONLY_APP_AND_EVENT_STORE_KNOW_WEB_AND_MONGODB = noClasses()
            .that().resideInAPackage("org.entente..")
            .and().resideOutsideOfPackages("org.entente.app..", "org.entente.eventstore..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "jakarta.servlet..", "com.mongodb..", "org.bson..", "de.bwaldvogel..")
            .as("only the application and the event store know the web and MongoDB");

    private static final ArchRule EVENT_STORE_STANDS_ALONE = noClasses()
            .that().resideInAPackage("org.entente.eventstore..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.entente.api..", "org.entente.command..", "org.entente.query..", "org.entente.app..",
                    "org.entente.verify..", "org.springframework..")
            .as("the event store imports nothing of Entente and no Spring");

    private static final ArchRule VERIFIER_STANDS_ALONE = noClasses()
            .that().resideInAPackage("org.entente.verify..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.entente.api..", "org.entente.command..", "org.entente.query..", "org.entente.app..",
                    "org.entente.eventstore..", "org.springframework..", "org.axonframework..", "org.bson..", "com.mongodb..")
            .as("the verifier an auditor runs needs no server, database, framework or other part of Entente");

    private static final ArchRule FEATURES_FREE_OF_CYCLES = slices()
            .matching("org.entente.(*).(*)..")
            .should().beFreeOfCycles()
            .as("no cycles between the feature packages of any module");

    private static final ArchRule STORAGE_ADAPTERS_LIVE_WITH_THEIR_FEATURE = classes()
            .that().resideInAPackage("org.entente.app..")
            .should(implementStoragePortsOfTheirOwnFeatureOnly())
            .as("an adapter of a feature's storage port lives in that feature's package of the application");

    static Stream<Arguments> rules() {
        return Stream.of(
                arguments(DOMAIN_EVENTS_ARE_REVISED_RECORDS, new Class<?>[]{UnrevisedEvent.class}),
                arguments(HANDLED_EVENTS_ARE_DOMAIN_EVENTS, new Class<?>[]{CarelessHandlers.class, UnmarkedEvent.class}),
                arguments(COMMANDS_ARE_MARKED_RECORDS, new Class<?>[]{CarelessHandlers.class, UnmarkedCommand.class}),
                arguments(QUERIES_ARE_NAMED_AS_QUERIES, new Class<?>[]{CarelessHandlers.class, MisnamedQuestion.class}),
                arguments(API_NEEDS_ONLY_MESSAGE_ANNOTATIONS, new Class<?>[]{ContractUsingSpring.class}),
                arguments(COMMAND_IGNORES_QUERY, new Class<?>[]{DecisionReadingAView.class}),
                arguments(QUERY_IGNORES_COMMAND, new Class<?>[]{ProjectionAskingTheAggregate.class}),
                arguments(COMMAND_AND_QUERY_FREE_OF_SPRING, new Class<?>[]{AggregateUsingSpring.class}),
                arguments(ONLY_APP_AND_EVENT_STORE_KNOW_WEB_AND_MONGODB, new Class<?>[]{ReadModelReachingIntoMongo.class}),
                arguments(EVENT_STORE_STANDS_ALONE, new Class<?>[]{EngineKnowingTheDomain.class}),
                arguments(VERIFIER_STANDS_ALONE, new Class<?>[]{VerifierReadingBson.class}),
                arguments(FEATURES_FREE_OF_CYCLES, new Class<?>[]{FirstFeature.class, SecondFeature.class}),
                arguments(STORAGE_ADAPTERS_LIVE_WITH_THEIR_FEATURE, new Class<?>[]{CheckStoreOutsideItsFeature.class}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void the_production_classes_keep_the_rule(ArchRule rule, Class<?>[] violators) {
        rule.allowEmptyShould(false).check(ProductionClasses.ALL);
    }

    @ParameterizedTest(name = "{0}: a class that breaks it is found")
    @MethodSource("rules")
    void the_rule_fails_for_a_class_that_breaks_it(ArchRule rule, Class<?>[] violators) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(violators));

        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(violators[0].getName());
    }

    private static ArchCondition<JavaMethod> handleOnlyTypesMarkedAs(Class<? extends java.lang.annotation.Annotation> role) {
        return new ArchCondition<>("handle only types annotated with @" + role.getSimpleName()) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                handledType(method).ifPresent(type -> {
                    boolean marked = type.isAnnotatedWith(role)
                            || type.isInterface() && !type.getAllSubclasses().isEmpty()
                            && type.getAllSubclasses().stream().allMatch(subclass -> subclass.isAnnotatedWith(role));
                    events.add(new SimpleConditionEvent(method, marked, method.getFullName() + " handles "
                            + type.getName() + (marked ? "" : ", which is not annotated with @" + role.getSimpleName())));
                });
            }
        };
    }

    private static ArchCondition<JavaMethod> handleOnlyRecordsOfTheApi() {
        return new ArchCondition<>("handle only records of the api") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                handledType(method).ifPresent(type -> {
                    boolean ok = type.isRecord() && type.getPackageName().startsWith("org.entente.api");
                    events.add(new SimpleConditionEvent(method, ok, method.getFullName() + " handles " + type.getName()
                            + (ok ? "" : ", which is not a record of the api")));
                });
            }
        };
    }

    private static ArchCondition<JavaMethod> handleOnlyTypesNamedWithSuffix(String suffix) {
        return new ArchCondition<>("handle only types named ...") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                handledType(method).ifPresent(type -> {
                    boolean ok = type.getSimpleName().endsWith(suffix);
                    events.add(new SimpleConditionEvent(method, ok, method.getFullName() + " handles " + type.getName()
                            + (ok ? "" : ", whose name does not end in " + suffix)));
                });
            }
        };
    }

    /** The message a handler method handles: its first parameter (a creation handler's too). */
    private static Optional<JavaClass> handledType(JavaMethod method) {
        return method.getRawParameterTypes().stream().findFirst();
    }

    private static final Pattern FEATURE = Pattern.compile("org\\.entente\\.(?:query|app)\\.([a-z]+)(?:\\..*)?");

    private static ArchCondition<JavaClass> implementStoragePortsOfTheirOwnFeatureOnly() {
        return new ArchCondition<>("implement storage ports of their own feature only") {
            @Override
            public void check(JavaClass adapter, ConditionEvents events) {
                adapter.getAllRawInterfaces().stream()
                        .filter(port -> port.getPackageName().startsWith("org.entente.query."))
                        .forEach(port -> {
                            boolean ok = featureOf(port).equals(featureOf(adapter));
                            events.add(new SimpleConditionEvent(adapter, ok, adapter.getName() + " implements "
                                    + port.getName() + (ok ? "" : " outside the " + featureOf(port) + " feature")));
                        });
            }
        };
    }

    private static String featureOf(JavaClass type) {
        Matcher matcher = FEATURE.matcher(type.getPackageName());
        return matcher.matches() ? matcher.group(1) : type.getPackageName();
    }
}
