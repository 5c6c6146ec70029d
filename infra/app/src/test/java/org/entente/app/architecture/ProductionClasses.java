package org.entente.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Entente's production classes, imported once for every architecture test. The test jars the modules share
 * (fixtures, port contracts) reach the class path as jars, which ArchUnit's option for tests does not
 * recognise, so they are left out by name.
 */
final class ProductionClasses {

    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.entente");

    private ProductionClasses() {
    }
}
