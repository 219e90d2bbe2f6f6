package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resources, bookings and deals in the demo data and the data file. */
class BookingDataTest {

    private static final long NOW = 1_790_000_000L;

    @TempDir
    Path folder;

    @Test
    void theSameSeedGivesTheSameBookingsAndDealsAndAnotherSeedOthers() {
        PortalState one = DemoData.seed(1, SandboxConfig.Scale.DEMO, "code", null, NOW);
        PortalState again = DemoData.seed(1, SandboxConfig.Scale.DEMO, "code", null, NOW);
        PortalState other = DemoData.seed(2, SandboxConfig.Scale.DEMO, "code", null, NOW);

        assertEquals(one.bookings(), again.bookings());
        assertEquals(one.deals(), again.deals());
        assertEquals(one.contacts(), again.contacts());
        assertNotEquals(one.bookings(), other.bookings());
        assertNotEquals(one.deals(), other.deals());
        assertEquals(500, one.deals().size());
        assertEquals(10_000, DemoBookings.dealCount(SandboxConfig.Scale.BENCHMARK));
    }

    @Test
    void seededBookingsNeverOverlapOnOneResource() {
        List<Booking> bookings = DemoData.seed(3, SandboxConfig.Scale.DEMO, "code", null, NOW).bookings();

        for (Booking a : bookings) {
            for (Booking b : bookings) {
                boolean shared = a.resourceIds().stream().anyMatch(b.resourceIds()::contains);
                assertTrue(a.id() == b.id() || !shared || !a.overlaps(b.from(), b.to()), a + " and " + b);
            }
        }
    }

    @Test
    void bookingsAndSlotsSurviveARestart() {
        Path file = folder.resolve("portal.json");
        long id;
        try (SandboxServer sandbox = start(file)) {
            id = sandbox.data().addBooking("Kept", "", List.of(2L), NOW, NOW + 600, "UTC").orElseThrow();
            sandbox.data().setSlots(2, List.of(new Slot(9, 0, 1440, 15, "Asia/Vladivostok", Slot.WEEK_DAYS)));
        }
        try (SandboxServer sandbox = start(file)) {
            assertEquals("Kept", sandbox.data().booking(id).orElseThrow().name());
            assertEquals(15, sandbox.data().resource(2).orElseThrow().slots().get(0).slotSize());
        }
    }

    @Test
    void aDataFileFromBeforeResourcesAndDealsGetsTheDemoOnes() throws Exception {
        Path file = folder.resolve("portal.json");
        start(file).close();
        ObjectNode state = (ObjectNode) SandboxJson.MAPPER.readTree(file.toFile());
        state.remove(List.of("resourceTypes", "resources", "deals"));
        Files.write(file, SandboxJson.MAPPER.writeValueAsBytes(state));

        try (SandboxServer sandbox = start(file)) {
            assertEquals(5, sandbox.data().resources().size());
            assertEquals(3, sandbox.data().resourceTypes().size());
            assertEquals(500, sandbox.data().deals().size());
        }
    }

    private static SandboxServer start(Path file) {
        return SandboxServer.start(SandboxConfig.defaults(file).withRateLimit(SandboxConfig.RateLimit.OFF));
    }
}
