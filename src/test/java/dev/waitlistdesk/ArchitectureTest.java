package dev.waitlistdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports run one way: {@code desk → port ← portal → bitrix}, and {@code app} wires them (design.md).
 * The rules allow rather than forbid: every class must sit in a named layer, so a new package fails
 * here until it is placed, and no rule may pass by matching nothing.
 */
class ArchitectureTest {

    private static final String APP = "dev.waitlistdesk.";
    static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.waitlistdesk");
    }

    /** The layers and who may use whom; used by the test and by the test that plants a bypass. */
    static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("App").definedBy(APP + "app..")
                .layer("Check").definedBy(APP + "check..")
                .layer("Desk").definedBy(APP + "desk..")
                .layer("Port").definedBy(APP + "port..")
                .layer("Portal").definedBy(APP + "portal..")
                .layer("Transport").definedBy(APP + "bitrix..")
                .layer("Settings").definedBy(APP + "settings..")
                .layer("Sandbox").definedBy(APP + "sandbox..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Check").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Check").mayOnlyAccessLayers("Portal", "Port", "Transport", "Settings")
                .whereLayer("Desk").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Desk").mayOnlyAccessLayers("Port", "Settings")
                .whereLayer("Port").mayNotAccessAnyLayer()
                .whereLayer("Portal").mayOnlyBeAccessedByLayers("App", "Check")
                .whereLayer("Portal").mayOnlyAccessLayers("Port", "Transport", "Settings")
                .whereLayer("Transport").mayOnlyBeAccessedByLayers("Portal", "Check", "App")
                .whereLayer("Transport").mayNotAccessAnyLayer()
                .whereLayer("Settings").mayNotAccessAnyLayer()
                .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Sandbox").mayNotAccessAnyLayer();
    }

    @Test
    void everyClassSitsInALayerAndImportsOneWay() {
        layers().check(mainClasses);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching(APP + "(**)").should().beFreeOfCycles().check(mainClasses);
    }

    @Test
    void thePortSpeaksNoLibrary() {
        noClasses().that().resideInAPackage(APP + "port..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..", "com.fasterxml..")
                .check(mainClasses);
    }

    @Test
    void viewModelsHoldNoControlsAndNoTransport() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "javafx.scene..", "javafx.stage..", "okhttp3..", "com.fasterxml..")
                .check(mainClasses);
    }

    @Test
    void onlyTheTransportTalksHttp() {
        noClasses().that().resideOutsideOfPackages(APP + "bitrix..", APP + "sandbox..")
                .should().dependOnClassesThat().resideInAPackage("okhttp3..")
                .check(mainClasses);
    }
}
