package dev.waitlistdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.portal.booking.ClientType;
import dev.waitlistdesk.portal.booking.PortalFacts;
import dev.waitlistdesk.settings.ConnectionSettings;
import dev.waitlistdesk.settings.ConnectionSource;
import dev.waitlistdesk.settings.MachineConnection;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Copy diagnostics puts on the clipboard: everything support asks for, and no secret. */
class DiagnosticsTest {

    private static final String CODE = "d1agn0st1cc0de";
    private static final String WEBHOOK = "https://clinic.bitrix24.com/rest/1/" + CODE + "/";

    @TempDir
    Path data;

    @Test
    void theReportNamesTheDeskThePortalItsFactsAndFailuresButNoSecret() {
        // Given: a desk on IT's locked webhook, whose store learned two facts, and a log with failures
        RestClient client = new RestClient(Portal.webhook(WEBHOOK));
        PortalFacts facts = PortalFacts.inMemory();
        facts.learned(List.of(ClientType.CONTACT, ClientType.COMPANY));
        facts.learned(PortalFacts.ClientSet.REPLACES);
        java.util.logging.Level rootLevel = Logger.getLogger("").getLevel();
        Handler file = LogFile.install(data);
        try {
            System.Logger log = System.getLogger("dev.waitlistdesk.bitrix.RestClient");
            for (int i = 0; i < 300; i++) {
                log.log(System.Logger.Level.INFO, "line " + i);
            }
            log.log(System.Logger.Level.WARNING, "booking.v1.waitlist.client.set: HTTP 400, error 1040: Wait list not found ("
                    + WEBHOOK + "booking.v1.waitlist.client.set)");
            file.flush();
        } finally {
            Logger.getLogger("").removeHandler(file);
            Logger.getLogger("").setLevel(rootLevel);
            file.close();
        }
        ConnectionSource.Chosen locked = new ConnectionSource.Chosen(
                ConnectionSettings.webhook(WEBHOOK).withProxy("proxy.clinic.local:3128"), true, true);

        // When
        String report = Diagnostics.text(new Diagnostics.Window("1920x1080 at scale 1.25", "de (system: en-US)", "dark"),
                client, facts, false, Optional.of(locked), new MachineConnection(data.resolve("machine"), new ObjectMapper()),
                data, Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC));

        // Then
        assertTrue(report.startsWith("Waitlist Desk diagnostics, 2026-12-05 08:00:00 UTC\n"), report);
        for (String expected : List.of("version       " + AppVersion.get(), "system        " + System.getProperty("os.name"),
                "java          " + System.getProperty("java.version"), "screens       1920x1080 at scale 1.25",
                "language      de (system: en-US)", "theme         dark", "portal        clinic.bitrix24.com",
                "connection    incoming webhook, machine-wide (locked by IT)",
                "proxy         HTTP proxy proxy.clinic.local:3128", "trust         ",
                "portal facts  client types: [crm:COMPANY, crm:CONTACT]; client.set: replaces the list",
                "error 1040: Wait list not found", "/rest/1/***/")) {
            assertTrue(report.contains(expected), expected + " in\n" + report);
        }
        assertFalse(report.contains(CODE), report);
        List<String> logPart = report.substring(report.indexOf("Last 200 log lines:\n")).lines().skip(1).toList();
        assertEquals(Diagnostics.LOG_LINES, logPart.size());
        assertTrue(logPart.get(logPart.size() - 1).contains("error 1040"), logPart.get(logPart.size() - 1));
    }
}
