package dev.waitlistdesk.check;

import dev.waitlistdesk.bitrix.RestClient;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code waitlist-desk --check-portal [URL] [--write-test]} (options read by the launcher): for IT staff setting desks up. Headless,
 * plain lines, the reason last; exit status 0 when the desk will work, 1 otherwise. Secrets are never
 * printed: only the portal's host name, and messages that went through the transport's redaction.
 */
public final class PortalCheckCommand {

    private PortalCheckCommand() {
    }

    /**
     * @param webhookUrl the portal to check; empty: the connection this desk would use
     * @param clients    the client for the given webhook URL, or for the desk's connection when empty;
     *                   throws IllegalArgumentException in plain words when there is none or it is unusable
     * @return the exit status
     */
    public static int run(Optional<String> webhookUrl, boolean writeTest,
                          Function<Optional<String>, RestClient> clients, PrintStream out) {
        out.println("Waitlist Desk portal check");
        RestClient client;
        try {
            client = clients.apply(webhookUrl);
        } catch (IllegalArgumentException e) {
            out.println("Result: NOT OK: " + e.getMessage());
            return 1;
        }
        return new PortalCheck(client, out).run(writeTest) ? 0 : 1;
    }
}
