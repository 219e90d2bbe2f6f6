package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.desk.common.Command;
import dev.waitlistdesk.desk.common.NextSteps;
import dev.waitlistdesk.desk.common.Problems;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.StoreException;
import dev.waitlistdesk.portal.crm.CrmClientDirectory;
import dev.waitlistdesk.portal.crm.RestCrmDirectory;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a receptionist reads when the portal cannot be reached: plain words, never a Java exception's name. */
class SmallPrintTest {

    private static final RestOptions QUICK = RestOptions.defaults().withTime(Clock.systemUTC(), d -> { });
    private final Problems problems = new Problems(Texts.load(Locale.ENGLISH));
    private final NextSteps steps = new NextSteps(new Command("retry", () -> { }),
            new Command("refresh-list", () -> { }), new Command("open-settings", () -> { }));

    private static Failure searchOn(String webhookUrl) {
        CrmClientDirectory directory = new CrmClientDirectory(new RestCrmDirectory(
                new RestClient(Portal.webhook(webhookUrl), QUICK)));
        try {
            directory.search("Anna", 5);
        } catch (StoreException e) {
            return e.failure();
        }
        throw new AssertionError("the search should have failed");
    }

    @Test
    void aPortalThatRefusesTheConnection_saysSoWithoutTheJavaException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Failure failure = searchOn("http://127.0.0.1:" + closedPort + "/rest/1/abcdef123/");

        Status shown = problems.describe(failure, steps);
        assertInstanceOf(Failure.Offline.class, failure);
        assertEquals("No connection to Bitrix24. Check the network, then retry.", shown.text());
        assertEquals("No answer from the server", shown.detail());
        assertFalse((shown.text() + shown.detail()).contains("Exception"));
    }

    @Test
    void anUnknownHost_saysTheAddressWasNotFound() {
        Failure failure = searchOn("https://no-such-portal.invalid/rest/1/abcdef123/");

        Status shown = problems.describe(failure, steps);
        assertInstanceOf(Failure.UnknownHost.class, failure);
        assertEquals("The portal’s address was not found: no host has that name. Check the address in Settings.",
                shown.text());
        assertEquals(java.util.List.of("open-settings"), shown.commandIds());
        assertFalse(shown.detail().contains("Exception"), shown.detail());
    }
}
