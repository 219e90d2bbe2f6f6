package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.booking.BookingPanelViewModel;
import dev.waitlistdesk.sandbox.Booking;
import dev.waitlistdesk.sandbox.Client;
import dev.waitlistdesk.sandbox.WaitlistEntry;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Undo of a booking over real HTTP to the sandbox: the record comes back with its note, clients and
 * deal links; a booking changed or deleted meanwhile is left alone and the panel says so.
 */
class UndoBookingTest {

    private static final LocalDate MONDAY = PracticeDesk.eightWeeksAhead(DayOfWeek.MONDAY);

    @RegisterExtension
    final PracticeDesk practice = new PracticeDesk("undo");
    private BookingPanelViewModel panel;
    private WaitlistEntry before;

    @BeforeEach
    void bookARecordWithClientsAndDeals() {
        before = practice.data().waitlist().stream().filter(e -> e.clients().size() > 1 && !e.externalData().isEmpty())
                .findFirst().orElseThrow();
        panel = practice.panel(before.id(), MONDAY.atTime(8, 0));
        assertTrue(panel.open());
        panel.choose(List.of(panel.resources().get(0))); // Room 1, 09:00 first
        panel.book();
        assertTrue(practice.data().waitlist(before.id()).isEmpty(), "booked: the record left the waitlist");
        assertTrue(panel.canUndoProperty().get());
        assertEquals(List.of("undo"), panel.statusProperty().get().commandIds());
    }

    private Booking theBooking() {
        return practice.data().bookings().stream().filter(b -> b.clients().equals(before.clients())
                && b.from() == MONDAY.atTime(9, 0).atZone(PracticeDesk.BERLIN).toEpochSecond()).findFirst().orElseThrow();
    }

    @Test
    void undoPutsTheRecordBackWithNoteClientsAndDealLinks() {
        long bookingId = theBooking().id();
        long requests = practice.sandbox().requestsServed();

        panel.undo();

        long undoRequests = practice.sandbox().requestsServed() - requests;
        WaitlistEntry back = practice.data().waitlist().stream().filter(e -> e.id() > before.id()).reduce((a, b) -> b).orElseThrow();
        assertEquals(before.note(), back.note());
        assertEquals(before.clients(), back.clients());
        assertEquals(before.externalData(), back.externalData());
        assertTrue(practice.data().booking(bookingId).isEmpty(), "the booking is gone");
        assertEquals(back.id(), practice.desk().record().id(), "the record is open again");
        assertEquals(back.id(), practice.desk().main.rows().get(0).id());
        assertEquals("Booking " + bookingId + " undone: the record is back on the waitlist as #" + back.id() + ".",
                panel.statusProperty().get().text());
        assertFalse(panel.canUndoProperty().get());
        assertEquals("09:00", panel.starts().get(0).label(), "the time is free again");
        assertTrue(undoRequests <= 6, undoRequests + " requests (undo 4, then the day and the next free time)");
    }

    @Test
    void aBookingMovedMeanwhileIsNotUndone() {
        Booking booking = theBooking();
        practice.desk().client.call(dev.waitlistdesk.bitrix.Method.read("booking.v1.booking.update"), Map.of("id", booking.id(), "fields", Map.of("datePeriod", Map.of(
                "from", Map.of("timestamp", booking.from() + 3600, "timezone", "Europe/Berlin"),
                "to", Map.of("timestamp", booking.to() + 3600, "timezone", "Europe/Berlin")))));
        int records = practice.data().waitlistCount();

        panel.undo();

        assertTrue(panel.statusProperty().get().text().startsWith("Not undone: booking " + booking.id() + " was changed"));
        assertTrue(practice.data().booking(booking.id()).isPresent());
        assertEquals(records, practice.data().waitlistCount(), "no record came back");
    }

    @Test
    void aBookingWithOtherClientsIsNotUndone() {
        Booking booking = theBooking();
        practice.data().setBookingClients(booking.id(), List.of(new Client(1, "crm", "CONTACT")));

        panel.undo();

        assertTrue(panel.statusProperty().get().text().startsWith("Not undone: booking " + booking.id() + " was changed"));
        assertTrue(practice.data().booking(booking.id()).isPresent());
    }

    @Test
    void aBookingDeletedMeanwhileIsNotUndone() {
        Booking booking = theBooking();
        practice.desk().client.call(dev.waitlistdesk.bitrix.Method.write("booking.v1.booking.delete"), Map.of("id", booking.id()));
        int records = practice.data().waitlistCount();

        panel.undo();

        assertEquals("Not undone: booking " + booking.id() + " is no longer in Bitrix24.",
                panel.statusProperty().get().text());
        assertEquals(records, practice.data().waitlistCount());
    }

    @Test
    void undoIsOfferedForFiveMinutes() {
        practice.desk().runUntil(Duration.ofMinutes(4));
        assertTrue(panel.canUndoProperty().get());
        practice.desk().runUntil(Duration.ofMinutes(6));
        assertFalse(panel.canUndoProperty().get());
        assertTrue(panel.statusProperty().get().commands().isEmpty(), "the Undo button went");
    }
}
