module dev.waitlistdesk {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires com.fasterxml.jackson.databind;
    requires okhttp3;
    requires jdk.httpserver;
    requires java.management; // StartupProbe reads the JVM start time

    exports dev.waitlistdesk.app to javafx.graphics;

    // FXMLLoader builds the controllers (through our factory) and injects their @FXML fields.
    opens dev.waitlistdesk.ui to javafx.fxml;

    // Jackson binds the records of these packages by reflection.
    opens dev.waitlistdesk.bitrix to com.fasterxml.jackson.databind;
    opens dev.waitlistdesk.booking to com.fasterxml.jackson.databind;
    opens dev.waitlistdesk.crm to com.fasterxml.jackson.databind;
    opens dev.waitlistdesk.settings to com.fasterxml.jackson.databind;
    opens dev.waitlistdesk.sandbox to com.fasterxml.jackson.databind;
}
