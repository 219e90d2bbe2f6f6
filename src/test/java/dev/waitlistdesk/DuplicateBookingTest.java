package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.portal.booking.BookingPortalDesk;
import dev.waitlistdesk.port.BookingResult;
import dev.waitlistdesk.port.Span;
import dev.waitlistdesk.sandbox.Client;
import dev.waitlistdesk.sandbox.RunningSandbox;
import dev.waitlistdesk.sandbox.SandboxData;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a portal that keeps a booked record, two desks booking it at once both get a booking; the
 * second desk finds the record gone when it takes it off the waitlist, cancels its own booking, and
 * says a colleague booked the client. Over real HTTP, the colleague's booking (or change) injected in
 * between this desk's requests.
 */
class DuplicateBookingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.now(BERLIN).plusDays(21).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    private static final RestOptions QUICK = RestOptions.defaults().withTime(Clock.systemUTC(), d -> { });

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    private PortalInTheMiddle middle;
    private SandboxData data;
    private BookingPortalDesk mine;
    private BookingPortalDesk colleague;

    @BeforeEach
    void aPortalThatKeepsBookedRecords() {
        data = running.server().data();
        data.bookingKeepsWaitlistRecord(true);
        middle = new PortalInTheMiddle(running.server().oauthEndpoint().replace("/rest/", "/"));
        mine = new BookingPortalDesk(new RestClient(Portal.webhook(middle.webhookUrl(running.server().webhookUrl())),
                QUICK), BERLIN);
        colleague = new BookingPortalDesk(new RestClient(Portal.webhook(running.server().webhookUrl()), QUICK), BERLIN);
    }

    @AfterEach
    void stop() {
        middle.close();
    }

    private static Span span(String from, String to) {
        return new Span(at(from), at(to));
    }

    private static Instant at(String time) {
        return MONDAY.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    @Test
    void theSecondBookingOfOneRecordIsCancelled_andTheDeskSaysAColleagueBookedIt() {
        long record = data.addWaitlist("Anna, colour");
        int bookings = data.bookings().size();
        AtomicReference<BookingResult> theirs = new AtomicReference<>();
        // the colleague books the same record after this desk booked it and read back (requests 1-3), before its delete
        middle.before(4, () -> theirs.set(colleague.book(record, List.of(2L), span("09:00", "09:30"), BERLIN, "")));

        BookingResult result = mine.book(record, List.of(1L), span("10:00", "11:00"), BERLIN, "");

        BookingResult.BookedByColleague duplicate = assertInstanceOf(BookingResult.BookedByColleague.class, result);
        assertTrue(duplicate.cancelled());
        assertTrue(data.booking(duplicate.duplicateId()).isEmpty(), "this desk's second booking is cancelled");
        BookingResult.Booked first = assertInstanceOf(BookingResult.Booked.class, theirs.get());
        assertTrue(data.booking(first.bookingId()).isPresent(), "the colleague's booking stays");
        assertEquals(bookings + 1, data.bookings().size(), "the client is booked once");
        assertTrue(data.waitlist(record).isEmpty());
    }

    @Test
    void aColleagueBooksTheRecordBeforeThisDeskReadsItsBookingBack_theDuplicateIsStillCancelled() {
        long record = data.addWaitlist("Anna, colour");
        int bookings = data.bookings().size();
        // request 1 books and reads the record in one batch; the colleague books and removes it before request 2,
        // which a separate read of the record used to take for the portal removing it: "Booked", twice
        middle.before(2, () -> colleague.book(record, List.of(2L), span("09:00", "09:30"), BERLIN, ""));

        BookingResult result = mine.book(record, List.of(1L), span("10:00", "11:00"), BERLIN, "");

        assertTrue(assertInstanceOf(BookingResult.BookedByColleague.class, result).cancelled());
        assertEquals(bookings + 1, data.bookings().size(), "the client is booked once");
    }

    @Test
    void aClientAColleagueAddsToTheRecordAfterTheBooking_goesOntoTheBooking_notOutWithTheRecord() {
        long record = data.addWaitlist("Anna, colour");
        data.setClients(record, List.of(Client.contact(1)));
        middle.before(3, () -> data.setClients(record, List.of(Client.contact(1), Client.contact(2))));

        BookingResult result = mine.book(record, List.of(1L), span("10:00", "11:00"), BERLIN, "");

        BookingResult.Booked booked = assertInstanceOf(BookingResult.Booked.class, result);
        assertTrue(booked.recordLeft());
        assertEquals(List.of(1L, 2L), data.booking(booked.bookingId()).orElseThrow().clients().stream()
                .map(Client::id).sorted().toList());
        assertTrue(data.waitlist(record).isEmpty());
    }
}
