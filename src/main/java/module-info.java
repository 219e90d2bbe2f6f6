module dev.waitlistdesk {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires com.fasterxml.jackson.databind;
    requires okhttp3;
    requires jdk.httpserver;
    requires info.picocli;
    requires java.management; // StartupProbe reads the JVM start time
    requires java.logging; // the log file (LogFile): System.Logger writes through java.util.logging

    exports dev.waitlistdesk.app to javafx.graphics;
    // picocli reads and sets the launcher's option fields (Launch) by reflection
    opens dev.waitlistdesk.app to info.picocli;

    // FXMLLoader builds the controllers (through our factory) and injects their @FXML fields.
    opens dev.waitlistdesk.desk.booking to javafx.fxml;
    opens dev.waitlistdesk.desk.common to javafx.fxml;
    opens dev.waitlistdesk.desk.deals to javafx.fxml;
    opens dev.waitlistdesk.desk.list to javafx.fxml;
    opens dev.waitlistdesk.desk.editor to javafx.fxml;
    opens dev.waitlistdesk.desk.search to javafx.fxml;
    opens dev.waitlistdesk.desk.settings to javafx.fxml;

    // Jackson binds the records of these packages by reflection.
    opens dev.waitlistdesk.bitrix to com.fasterxml.jackson.databind;
    opens dev.waitlistdesk.portal.booking to com.fasterxml.jackson.databind;
    opens dev.waitlistdesk.portal.crm to com.fasterxml.jackson.databind;
    opens dev.waitlistdesk.settings to com.fasterxml.jackson.databind;
    opens dev.waitlistdesk.sandbox to com.fasterxml.jackson.databind;
}
