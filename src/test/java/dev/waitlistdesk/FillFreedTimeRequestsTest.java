package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.booking.BookingPanelViewModel;
import dev.waitlistdesk.desk.booking.FillFreedTimeViewModel;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.sandbox.RunningSandbox;
import dev.waitlistdesk.sandbox.SandboxData;
import dev.waitlistdesk.sandbox.SandboxServer;
import dev.waitlistdesk.sandbox.WaitlistEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filling a freed time over real HTTP to the practice portal, counted by the portal: opening the
 * panel on no record, picking a time, choosing who gets it (the deals section of the window reads
 * the chosen record's links, as it does for any record opened) and booking it.
 */
class FillFreedTimeRequestsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.now(BERLIN).plusWeeks(8).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    @TempDir
    Path dir;

    @Test
    void openPickChooseAndBookCostWhatBookingFromTheRecordCosts() {
        SandboxServer sandbox = running.server();
        SandboxData data = sandbox.data();
        DeskStack desk = new DeskStack(sandbox.webhookUrl(), dir, "fill");
        Clock clock = Clock.fixed(MONDAY.atTime(8, 0).atZone(BERLIN).toInstant(), BERLIN);
        BookingPanelViewModel panel = desk.bookingPanel(clock);
        FillFreedTimeViewModel fill = new FillFreedTimeViewModel(Texts.load(Locale.ENGLISH), desk.main.records(), panel);
        desk.wiring.deals(desk.bookingServices(clock), desk.main.records()); // as in the window
        long start = sandbox.requestsServed();

        fill.open();
        panel.choose(List.of(panel.resources().get(0))); // Room 1, today
        long opened = sandbox.requestsServed();
        panel.dayProperty().set(MONDAY.plusDays(1));
        panel.startProperty().set(panel.starts().get(0));
        long picked = sandbox.requestsServed();
        // the longest waiting record with clients and deal links
        WaitlistRow longestWaiting = fill.candidates().stream().filter(row -> data.waitlist(row.id())
                .filter(e -> !e.clients().isEmpty() && !e.externalData().isEmpty()).isPresent()).findFirst().orElseThrow();
        WaitlistEntry before = data.waitlist(longestWaiting.id()).orElseThrow();
        fill.choose(longestWaiting);
        long chosen = sandbox.requestsServed();
        panel.book();
        long booked = sandbox.requestsServed();

        assertTrue(data.waitlist(longestWaiting.id()).isEmpty(), "booked: the record left the waitlist");
        assertTrue(data.bookings().stream().anyMatch(b -> b.clients().equals(before.clients())
                && b.from() == MONDAY.plusDays(1).atTime(9, 0).atZone(BERLIN).toEpochSecond()));

        // the baseline: the next such record booked the other way round, from the record (Ctrl+B), at the next time
        WaitlistRow next = fill.candidates().stream().filter(row -> data.waitlist(row.id())
                .filter(e -> !e.clients().isEmpty() && !e.externalData().isEmpty()).isPresent()).findFirst().orElseThrow();
        panel.close();
        desk.main.open(next);
        assertTrue(panel.open());
        panel.startProperty().set(panel.starts().get(0));
        long before2 = sandbox.requestsServed();
        panel.book();
        long recordFirst = sandbox.requestsServed() - before2;
        assertTrue(data.waitlist(next.id()).isEmpty());

        System.out.printf("Fill a freed time, requests: open %d, pick a time on another day %d, choose who %d,"
                + " book %d (from the record: %d)%n", opened - start, picked - opened, chosen - picked,
                booked - chosen, recordFirst);
        assertEquals(5, opened - start, "resource types, resources, working hours, the day, the 14 days ahead");
        assertEquals(1, picked - opened, "the other day");
        assertEquals(3, chosen - picked, "the window's deals section: the record's links, their titles, their stages");
        assertEquals(recordFirst, booked - chosen, "booking costs what it costs from the record");
    }
}
