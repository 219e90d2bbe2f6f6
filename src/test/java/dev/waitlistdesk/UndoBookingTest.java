package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.booking.BookingPanelViewModel;
import dev.waitlistdesk.desk.common.Status.Action;
import dev.waitlistdesk.sandbox.Booking;
import dev.waitlistdesk.sandbox.Client;
import dev.waitlistdesk.sandbox.RunningSandbox;
import dev.waitlistdesk.sandbox.SandboxData;
import dev.waitlistdesk.sandbox.SandboxServer;
import dev.waitlistdesk.sandbox.WaitlistEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undo of a booking over real HTTP to the sandbox: the record comes back with its note, clients and
 * deal links; a booking changed or deleted meanwhile is left alone and the panel says so.
 */
class UndoBookingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.now(BERLIN).plusWeeks(8).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private SandboxData data;
    private DeskStack desk;
    private BookingPanelViewModel panel;
    private WaitlistEntry before;

    @BeforeEach
    void bookARecordWithClientsAndDeals() {
        sandbox = running.server();
        data = sandbox.data();
        before = data.waitlist().stream().filter(e -> e.clients().size() > 1 && !e.externalData().isEmpty())
                .findFirst().orElseThrow();
        desk = new DeskStack(sandbox.webhookUrl(), dir, "undo");
        desk.open(before.id());
        panel = desk.bookingPanel(Clock.fixed(MONDAY.atTime(8, 0).atZone(BERLIN).toInstant(), BERLIN));
        assertTrue(panel.open());
        panel.choose(List.of(panel.resources().get(0))); // Room 1, 09:00 first
        panel.book();
        assertTrue(data.waitlist(before.id()).isEmpty(), "booked: the record left the waitlist");
        assertTrue(panel.canUndoProperty().get());
        assertEquals(List.of(Action.UNDO), panel.statusProperty().get().actions());
    }

    private Booking theBooking() {
        return data.bookings().stream().filter(b -> b.clients().equals(before.clients())
                && b.from() == MONDAY.atTime(9, 0).atZone(BERLIN).toEpochSecond()).findFirst().orElseThrow();
    }

    @Test
    void undoPutsTheRecordBackWithNoteClientsAndDealLinks() {
        long bookingId = theBooking().id();
        long requests = sandbox.requestsServed();

        panel.undo();

        long undoRequests = sandbox.requestsServed() - requests;
        WaitlistEntry back = data.waitlist().stream().filter(e -> e.id() > before.id()).reduce((a, b) -> b).orElseThrow();
        assertEquals(before.note(), back.note());
        assertEquals(before.clients(), back.clients());
        assertEquals(before.externalData(), back.externalData());
        assertTrue(data.booking(bookingId).isEmpty(), "the booking is gone");
        assertEquals(back.id(), desk.record().id(), "the record is open again");
        assertEquals(back.id(), desk.main.rows().get(0).id());
        assertEquals("Booking " + bookingId + " undone: the record is back on the waitlist as #" + back.id() + ".",
                panel.statusProperty().get().text());
        assertFalse(panel.canUndoProperty().get());
        assertEquals("09:00", panel.starts().get(0).label(), "the time is free again");
        assertTrue(undoRequests <= 6, undoRequests + " requests (undo 4, then the day and the next free time)");
    }

    @Test
    void aBookingMovedMeanwhileIsNotUndone() {
        Booking booking = theBooking();
        desk.client.call(dev.waitlistdesk.bitrix.Method.read("booking.v1.booking.update"), Map.of("id", booking.id(), "fields", Map.of("datePeriod", Map.of(
                "from", Map.of("timestamp", booking.from() + 3600, "timezone", "Europe/Berlin"),
                "to", Map.of("timestamp", booking.to() + 3600, "timezone", "Europe/Berlin")))));
        int records = data.waitlistCount();

        panel.undo();

        assertTrue(panel.statusProperty().get().text().startsWith("Not undone: booking " + booking.id() + " was changed"));
        assertTrue(data.booking(booking.id()).isPresent());
        assertEquals(records, data.waitlistCount(), "no record came back");
    }

    @Test
    void aBookingWithOtherClientsIsNotUndone() {
        Booking booking = theBooking();
        data.setBookingClients(booking.id(), List.of(new Client(1, "crm", "CONTACT")));

        panel.undo();

        assertTrue(panel.statusProperty().get().text().startsWith("Not undone: booking " + booking.id() + " was changed"));
        assertTrue(data.booking(booking.id()).isPresent());
    }

    @Test
    void aBookingDeletedMeanwhileIsNotUndone() {
        Booking booking = theBooking();
        desk.client.call(dev.waitlistdesk.bitrix.Method.write("booking.v1.booking.delete"), Map.of("id", booking.id()));
        int records = data.waitlistCount();

        panel.undo();

        assertEquals("Not undone: booking " + booking.id() + " is no longer in Bitrix24.",
                panel.statusProperty().get().text());
        assertEquals(records, data.waitlistCount());
    }

    @Test
    void undoIsOfferedForFiveMinutes() {
        desk.runUntil(Duration.ofMinutes(4));
        assertTrue(panel.canUndoProperty().get());
        desk.runUntil(Duration.ofMinutes(6));
        assertFalse(panel.canUndoProperty().get());
        assertTrue(panel.statusProperty().get().actions().isEmpty(), "the Undo button went");
    }
}
