package dev.waitlistdesk.portal.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.portal.booking.PortalFacts.ClientSet;
import dev.waitlistdesk.sandbox.Client;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store learns about a portal (its client types, and how client.set behaves) is kept in
 * one owner-only file per portal, across restarts, and shown in Copy diagnostics.
 */
class PortalFactsTest {

    @TempDir
    Path folder;

    @Test
    void aPortalThatReplacesTheListIsSaidToReplace_andItsFactsSurviveARestart() {
        // (The sandbox's append fault does not reach client.set inside a batch, so "appends" is not shown here.)
        Path file = folder.resolve("portal-facts-practice.json");
        try (SandboxServer sandbox = SandboxServer.start(portal())) {
            long id = recordWithTwoClients(sandbox);
            BookingWaitlistStore store = new BookingWaitlistStore(new RestClient(Portal.webhook(sandbox.webhookUrl())),
                    PortalFacts.keptIn(file));

            store.records(Optional.empty()); // the client types come with the list
            RecordState base = RecordState.of("n", List.of(ClientId.contact(1), ClientId.contact(2)));
            store.save(id, base, RecordState.of("n", List.of(ClientId.contact(1))));
        }

        PortalFacts again = PortalFacts.keptIn(file);
        assertEquals(Optional.of(ClientSet.REPLACES), again.clientSet());
        assertEquals(Map.of("client types", "[crm:COMPANY, crm:CONTACT]", "client.set", "replaces the list"),
                again.described());
    }

    @Test
    void aKnownFactIsNotWrittenAgainAfterEverySave() throws Exception {
        Path file = folder.resolve("portal-facts-practice.json");
        try (SandboxServer sandbox = SandboxServer.start(portal())) {
            long id = recordWithTwoClients(sandbox);
            PortalFacts.keptIn(file).learned(ClientSet.REPLACES);
            BookingWaitlistStore store = new BookingWaitlistStore(new RestClient(Portal.webhook(sandbox.webhookUrl())),
                    PortalFacts.keptIn(file));
            Files.delete(file); // so any write of the facts would show

            store.save(id, RecordState.of("n", List.of(ClientId.contact(1), ClientId.contact(2))),
                    RecordState.of("n", List.of(ClientId.contact(1))));

            assertEquals(List.of(Client.contact(1)), sandbox.data().waitlist(id).orElseThrow().clients());
            assertFalse(Files.exists(file), "the save wrote what was already known");
        }
    }

    @Test
    void eachPortalHasItsOwnFile_whichOnlyItsOwnerReads() throws Exception {
        Path one = folder.resolve("portal-facts-one.json");
        PortalFacts.keptIn(one).learned(ClientSet.APPENDS);

        assertEquals(Optional.of(ClientSet.APPENDS), PortalFacts.keptIn(one).clientSet());
        assertEquals(Optional.empty(), PortalFacts.keptIn(folder.resolve("portal-facts-other.json")).clientSet());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(one)));
    }

    @Test
    void aFileHoldingNullGarbageOrAnUnknownMode_isLearnedAgain() throws Exception {
        Path file = folder.resolve("portal-facts.json");
        for (String content : new String[] {"null", "{\"client.set\":null}", "[1,2", "\"text\"", "{\"client.set\":\"SOMETIMES\"}"}) {
            Files.writeString(file, content);
            PortalFacts facts = PortalFacts.keptIn(file);
            assertEquals(Optional.empty(), facts.clientSet(), content);
            facts.learned(ClientSet.REPLACES);
            assertEquals(Optional.of(ClientSet.REPLACES), PortalFacts.keptIn(file).clientSet(), content);
        }
    }

    private SandboxConfig portal() {
        return SandboxConfig.defaults(folder.resolve("portal.json"))
                .withRateLimit(SandboxConfig.RateLimit.OFF).withScale(new SandboxConfig.Scale(5, 1, 0));
    }

    /** A record with note "n" and contacts 1 and 2. */
    private static long recordWithTwoClients(SandboxServer sandbox) {
        long id = sandbox.data().addWaitlist("n");
        sandbox.data().setClients(id, List.of(Client.contact(1), Client.contact(2)));
        return id;
    }
}
