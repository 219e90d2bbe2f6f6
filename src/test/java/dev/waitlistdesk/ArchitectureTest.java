package dev.waitlistdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports run one way: ui → desk ← booking, crm → bitrix. The desk defines its port; the booking
 * and CRM adapters implement it on the transport; app wires them; sandbox stands apart (design.md).
 */
class ArchitectureTest {

    private static final String APP = "dev.waitlistdesk.";
    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.waitlistdesk");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(mainClasses);
    }

    @Test
    void transportKnowsNothingAboveIt() {
        check(noClasses().that().resideInAPackage(APP + "bitrix..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        APP + "booking..", APP + "crm..", APP + "desk..", APP + "ui..", APP + "adapters..",
                        APP + "settings..", APP + "sandbox..", APP + "app.."));
    }

    @Test
    void adaptersUseTheTransportAndTheDesksPortOnly() {
        check(noClasses().that().resideInAnyPackage(APP + "booking..", APP + "crm..", APP + "adapters..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        APP + "ui..", APP + "settings..", APP + "sandbox..", APP + "app.."));
        check(noClasses().that().resideInAPackage(APP + "booking..")
                .should().dependOnClassesThat().resideInAPackage(APP + "crm.."));
        check(noClasses().that().resideInAPackage(APP + "crm..")
                .should().dependOnClassesThat().resideInAPackage(APP + "booking.."));
        check(noClasses().that().resideInAPackage(APP + "adapters..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + "booking..", APP + "crm.."));
    }

    @Test
    void theDeskKnowsNoTransportNoAdapterAndNoView() {
        check(noClasses().that().resideInAPackage(APP + "desk..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        APP + "bitrix..", APP + "booking..", APP + "crm..", APP + "adapters..",
                        APP + "ui..", APP + "sandbox..", APP + "app..", "javafx.scene..", "javafx.stage.."));
    }

    @Test
    void viewsSeeOnlyTheDesk() {
        check(noClasses().that().resideInAPackage(APP + "ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        APP + "bitrix..", APP + "booking..", APP + "crm..", APP + "adapters..",
                        APP + "sandbox..", APP + "settings..", APP + "app.."));
    }

    @Test
    void settingsStayBelowTheViewModels() {
        check(noClasses().that().resideInAPackage(APP + "settings..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        APP + "desk..", APP + "ui..", APP + "sandbox..", APP + "bitrix..", APP + "booking..",
                        APP + "crm..", APP + "app.."));
    }

    @Test
    void onlyTheCompositionRootKnowsEveryLayer() {
        check(noClasses().that().resideOutsideOfPackage(APP + "app")
                .should().dependOnClassesThat().resideInAPackage(APP + "app"));
    }

    @Test
    void thePortalCheckUsesTheTransportAndTheTypedCallsOnly() {
        check(noClasses().that().resideInAPackage(APP + "check..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        APP + "desk..", APP + "ui..", APP + "settings..", APP + "sandbox..", "javafx.."));
        check(noClasses().that().resideOutsideOfPackage(APP + "app")
                .and().resideOutsideOfPackage(APP + "check..")
                .should().dependOnClassesThat().resideInAPackage(APP + "check.."));
    }

    @Test
    void sandboxIsAnIndependentReadingOfTheContract() {
        check(noClasses().that().resideInAPackage(APP + "sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        APP + "bitrix..", APP + "booking..", APP + "crm..", APP + "desk..", APP + "adapters..",
                        APP + "ui..", APP + "settings..", APP + "app.."));
        check(noClasses().that().resideOutsideOfPackage(APP + "app")
                .and().resideOutsideOfPackage(APP + "sandbox..")
                .should().dependOnClassesThat().resideInAPackage(APP + "sandbox.."));
    }
}
