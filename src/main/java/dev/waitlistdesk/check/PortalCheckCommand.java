package dev.waitlistdesk.check;

import dev.waitlistdesk.bitrix.RestClient;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code waitlist-desk --check-portal [URL] [--write-test]}: for IT staff setting desks up. Headless,
 * plain lines, the reason last; exit status 0 when the desk will work, 1 otherwise. Secrets are never
 * printed: only the portal's host name, and messages that went through the transport's redaction.
 */
public final class PortalCheckCommand {

    private PortalCheckCommand() {
    }

    /**
     * @param clients the client for the given webhook URL, or for the stored connection when empty;
     *                throws IllegalArgumentException in plain words when there is none or it is unusable
     * @return the exit status
     */
    public static int run(String[] args, Function<Optional<String>, RestClient> clients, PrintStream out) {
        out.println("Waitlist Desk portal check");
        RestClient client;
        boolean writeTest;
        try {
            CheckArguments arguments = CheckArguments.parse(args);
            writeTest = arguments.writeTest();
            client = clients.apply(arguments.webhookUrl());
        } catch (IllegalArgumentException e) {
            out.println("Result: NOT OK: " + e.getMessage());
            return 1;
        }
        return new PortalCheck(client, out).run(writeTest) ? 0 : 1;
    }
}
