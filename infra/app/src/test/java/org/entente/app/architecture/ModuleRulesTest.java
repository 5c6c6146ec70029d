package org.entente.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.axonframework.serialization.Revision;
import org.entente.archfixture.ReadModelReachingIntoMongo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries the build cannot enforce on its own: Maven keeps Spring off the api, command
 * and query classpaths today, but nothing stops a later dependency from bringing it in transitively.
 * Every rule refuses to pass vacuously, so a rule whose package was renamed fails instead of going quiet.
 */
class ModuleRulesTest {

    private static final String[] WEB_AND_STORAGE = {
            "org.springframework.web..", "jakarta.servlet..", "com.mongodb..", "org.bson..", "de.bwaldvogel.."};

    private static final ArchRule ONLY_INFRA_KNOWS_WEB_AND_MONGODB = noClasses()
            .that().resideInAPackage("org.entente..")
            .and().resideOutsideOfPackages("org.entente.app..", "org.entente.eventstore..")
            .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_STORAGE)
            .allowEmptyShould(false);

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.entente");
    }

    @Test
    @DisplayName("the api module depends on no framework, web or storage library")
    void apiIsFreeOfFrameworks() {
        noClasses().that().resideInAPackage("org.entente.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "jakarta.servlet..", "de.bwaldvogel..")
                .allowEmptyShould(false)
                .check(production);
    }

    @Test
    @DisplayName("the command side does not depend on the query side")
    void commandIgnoresQuery() {
        noClasses().that().resideInAPackage("org.entente.command..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.query..")
                .allowEmptyShould(false)
                .check(production);
    }

    @Test
    @DisplayName("the query side does not depend on the command side")
    void queryIgnoresCommand() {
        noClasses().that().resideInAPackage("org.entente.query..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.command..")
                .allowEmptyShould(false)
                .check(production);
    }

    @Test
    @DisplayName("only infra depends on the web and on MongoDB")
    void onlyInfraKnowsWebAndMongoDb() {
        ONLY_INFRA_KNOWS_WEB_AND_MONGODB.check(production);
    }

    @Test
    @DisplayName("the command and query sides do not depend on Spring, which infra wires explicitly")
    void commandAndQueryAreFreeOfSpring() {
        noClasses().that().resideInAnyPackage("org.entente.command..", "org.entente.query..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .allowEmptyShould(false)
                .check(production);
    }

    @Test
    @DisplayName("every api class with an event revision is a record")
    void revisedClassesAreRecords() {
        classes().that().resideInAPackage("org.entente.api..")
                .and().areAnnotatedWith(Revision.class)
                .should().beRecords()
                .allowEmptyShould(false)
                .check(production);
    }

    @Test
    @DisplayName("every api record named like an event carries a revision")
    void eventRecordsCarryARevision() {
        classes().that().resideInAPackage("org.entente.api..")
                .and().areRecords()
                .and(namedLikeAnEvent())
                .should().beAnnotatedWith(Revision.class)
                .allowEmptyShould(false)
                .check(production);
    }

    @Test
    @DisplayName("a class outside infra that uses the MongoDB driver breaks the rules")
    void theRulesCanFail() {
        JavaClasses violating = new ClassFileImporter().importClasses(ReadModelReachingIntoMongo.class);

        EvaluationResult result = ONLY_INFRA_KNOWS_WEB_AND_MONGODB.evaluate(violating);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(ReadModelReachingIntoMongo.class.getName(), "com.mongodb"));
    }

    /** Events are named for what happened, in the past tense; commands, queries and views are not. */
    private static DescribedPredicate<JavaClass> namedLikeAnEvent() {
        return Stream.of("Recorded", "Amended", "Added", "Fulfilled", "Withdrawn", "Moved",
                        "Suspended", "Resumed", "Terminated", "EnteredIntoForce")
                .map(JavaClass.Predicates::simpleNameEndingWith)
                .reduce((one, other) -> one.or(other))
                .orElseThrow()
                .as("named like an event");
    }
}
