package dev.waitlistdesk.app;

import dev.waitlistdesk.bitrix.CallStats;
import dev.waitlistdesk.bitrix.Http;
import dev.waitlistdesk.bitrix.ProxySetting;
import dev.waitlistdesk.bitrix.Redaction;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.portal.booking.PortalFacts;
import dev.waitlistdesk.settings.ConnectionSource;
import dev.waitlistdesk.settings.MachineConnection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Help › Copy diagnostics: what support needs to know about a desk, as plain text for a ticket. The
 * portal's host but never its webhook code or tokens: the whole text passes the redaction at the end.
 */
final class Diagnostics {

    static final int LOG_LINES = 200;
    static final int FAILURES = 10;

    /** What the window knows: its screens, language and theme. */
    record Window(String screens, String language, String theme) {
    }

    private Diagnostics() {
    }

    static String text(Window window, RestClient client, PortalFacts facts, boolean practice,
                       Optional<ConnectionSource.Chosen> connection, MachineConnection machine, Path dataDir, Clock clock) {
        StringBuilder out = new StringBuilder("Waitlist Desk diagnostics, "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(clock.instant())
                + "\n");
        line(out, "version", AppVersion.get() + packaged());
        line(out, "system", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        line(out, "java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")");
        line(out, "screens", window.screens());
        line(out, "language", window.language());
        line(out, "theme", window.theme());
        line(out, "portal", practice ? "the practice portal on this computer (" + client.portal().host() + ")"
                : client.portal().host());
        line(out, "connection", practice ? "practice portal" : kind(client, connection));
        line(out, "proxy", connection.map(c -> proxy(c.settings().proxy())).orElse(ProxySetting.SYSTEM.describe()));
        line(out, "trust", Http.trustSummary());
        line(out, "machine-wide", machine.file() + machine.problem().map(p -> ": " + p).orElse(""));
        Map<String, String> learned = facts.described();
        line(out, "portal facts", learned.isEmpty() ? "none learned yet" : learned.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        CallStats stats = client.stats();
        line(out, "requests", "retried " + stats.retries() + ", refused by the rate limit "
                + stats.queryLimitRefusals() + ", paused " + stats.holds());
        line(out, "data folder", dataDir.toString());
        line(out, "log file", LogFile.current(dataDir).toString());

        List<String> log = LogFile.lastLines(dataDir, 5_000);
        List<String> failures = log.stream().filter(l -> l.contains(" WARNING ") || l.contains(" SEVERE "))
                .toList();
        out.append("\nLast failures (with their Bitrix24 codes):\n");
        failures.subList(Math.max(0, failures.size() - FAILURES), failures.size())
                .forEach(l -> out.append("  ").append(l).append('\n'));
        if (failures.isEmpty()) {
            out.append("  none in the log\n");
        }
        out.append("\nLast ").append(LOG_LINES).append(" log lines:\n");
        log.subList(Math.max(0, log.size() - LOG_LINES), log.size()).forEach(l -> out.append(l).append('\n'));
        return Redaction.redactKnown(out.toString());
    }

    private static String packaged() {
        String app = System.getProperty("jpackage.app-version"); // set by the installed app's launcher
        return app == null ? " (not an installed package)" : " (installed package " + app + ")";
    }

    private static String kind(RestClient client, Optional<ConnectionSource.Chosen> connection) {
        String kind = client.portal().isOAuth() ? "OAuth application" : "incoming webhook";
        return kind + connection.map(c -> !c.machineWide() ? ", this user's own"
                : c.locked() ? ", machine-wide (locked by IT)" : ", machine-wide").orElse("");
    }

    private static String proxy(String setting) {
        try {
            return ProxySetting.parse(setting).describe();
        } catch (IllegalArgumentException e) {
            return "not usable: " + setting;
        }
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(String.format("%-14s%s", name, value)).append('\n');
    }
}
