package io.github.masthead;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The core stays free of Maven, and only the publisher writes files. */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.masthead");

    @Test
    void coreNeverImportsMaven() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.maven..").check(core);
    }

    @Test
    void onlyThePublisherWritesFiles() {
        noClasses().that().resideOutsideOfPackages("io.github.masthead.publish..", "io.github.masthead.server..",
                        "io.github.masthead.deploy..", "io.github.masthead.cli..")
                .should().callMethod(java.nio.file.Files.class, "write", java.nio.file.Path.class, byte[].class,
                        java.nio.file.OpenOption[].class)
                .orShould().callMethod(java.nio.file.Files.class, "writeString", java.nio.file.Path.class,
                        CharSequence.class, java.nio.file.OpenOption[].class)
                .orShould().callMethod(java.nio.file.Files.class, "copy", java.nio.file.Path.class,
                        java.nio.file.Path.class, java.nio.file.CopyOption[].class)
                .check(core);
    }
}
