package dev.waitlistdesk.portal.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.sandbox.Client;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store learns about a portal, for Copy diagnostics: its client types, and how client.set behaves. */
class PortalFactsTest {

    @TempDir
    Path folder;

    /** (The sandbox's append fault does not reach client.set inside a batch, so "appends" is not shown here.) */
    private Map<String, String> factsAfterRemovingAClient() {
        SandboxConfig config = SandboxConfig.defaults(folder.resolve("portal.json"))
                .withRateLimit(SandboxConfig.RateLimit.OFF).withScale(new SandboxConfig.Scale(5, 1, 0));
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            long id = sandbox.data().addWaitlist("facts");
            sandbox.data().setClients(id, List.of(Client.contact(1), Client.contact(2)));
            RestClient client = new RestClient(Portal.webhook(sandbox.webhookUrl()));
            BookingWaitlistStore store = new BookingWaitlistStore(client);

            store.records(java.util.Optional.empty()); // the client types come with the list
            RecordState base = RecordState.of("facts", List.of(ClientId.contact(1), ClientId.contact(2)));
            store.save(id, base, RecordState.of("facts", List.of(ClientId.contact(1))));
            return client.facts().all();
        }
    }

    @Test
    void aPortalThatReplacesTheListIsSaidToReplace() {
        assertEquals(Map.of("client types", "[crm:COMPANY, crm:CONTACT]", "client.set", "replaces the list"),
                factsAfterRemovingAClient());
    }
}
