package dev.waitlistdesk.desk.booking;

import static dev.waitlistdesk.desk.common.Ui.eventually;
import static dev.waitlistdesk.desk.common.Ui.showsText;
import static dev.waitlistdesk.desk.common.Ui.text;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.base.NodeMatchers.isFocused;

import dev.waitlistdesk.desk.common.DeskFixture;
import dev.waitlistdesk.desk.common.Ui;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.sandbox.Booking;
import dev.waitlistdesk.sandbox.Client;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Filling a freed time in the real window, by keyboard only, against the sandbox over HTTP: the
 * panel opens on no record, the receptionist picks the time, then the longest-waiting record that
 * matches the filter, and Enter books it, once.
 */
class FillFreedTimeTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    /** Boris Klein's records, created 30, 5 and 0 days ago ("Massage, Friday" is the fixture's, today's). */
    private long kleinOldest;
    private long kleinRecent;
    /** Older than any Klein record, and not Klein's: the filter must leave it out. */
    private long annaOldest;
    private long clientless;

    @BeforeEach
    void waitingRecordsOfKnownAge(FxRobot robot) {
        Instant now = Instant.now();
        kleinOldest = record("Massage, any day", now.minus(Duration.ofDays(30)), Client.contact(desk.boris.id()));
        kleinRecent = record("Back massage", now.minus(Duration.ofDays(5)), Client.contact(desk.boris.id()));
        annaOldest = record("Haircut, any time", now.minus(Duration.ofDays(60)), Client.contact(desk.anna.id()));
        clientless = record("Klein called, no client yet", now.minus(Duration.ofDays(90)));
        // Room 1 without bookings: its next free time is its first working time from now
        desk.sandbox.data().bookings().stream().filter(b -> b.resourceIds().contains(1L))
                .forEach(b -> desk.sandbox.data().deleteBooking(b.id()));
        robot.type(KeyCode.F5);
        waitUntil("six records, each placed in time", () -> desk.main.rows().size() == 6
                && desk.main.createdDays().size() == 6);
    }

    private long record(String note, Instant created, Client... clients) {
        long id = desk.sandbox.data().addWaitlist(note, created);
        desk.sandbox.data().setClients(id, List.of(clients));
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<WaitlistRow> candidates(FxRobot robot) {
        return List.copyOf(robot.lookup("#candidateList").queryAs(ListView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    private StartTime chosenTime(FxRobot robot) {
        return (StartTime) robot.lookup("#startList").queryAs(ListView.class).getSelectionModel().getSelectedItem();
    }

    @Test
    void aFreedTimeGoesToTheLongestWaitingMatchByKeyboardAndASecondEnterBooksNothing(FxRobot robot) {
        // when Ctrl+Shift+B opens the panel on no record, with Room 1 chosen and nothing else
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.B).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the panel fills a free time", () -> Ui.shows(robot, "#fillBox")
                && "Fill a free time".equals(text(robot, "#bookingTitle"))
                && robot.lookup("#resourceList").queryAs(ListView.class).getSelectionModel().getSelectedIndex() == 0);
        assertEquals(List.of(clientless, annaOldest, kleinOldest, kleinRecent, desk.haircut, desk.massage),
                candidates(robot).stream().map(WaitlistRow::id).toList(), "longest waiting first");
        assertTrue(robot.lookup("#candidateList").queryAs(ListView.class).getSelectionModel().isEmpty(),
                "no record is preselected");

        // and Ctrl+J picks the next free time, ↓ the one after it, and Enter goes on to the waitlist
        eventually("#nextFree", text(startsWith("Next free: ")));
        robot.press(KeyCode.CONTROL).type(KeyCode.J).release(KeyCode.CONTROL);
        waitUntil("a time chosen", () -> chosenTime(robot) != null);
        robot.type(KeyCode.DOWN);
        StartTime time = chosenTime(robot);
        eventually("#bookingPeriod", text(containsString(time.label() + "–")));
        robot.type(KeyCode.ENTER);
        eventually("#candidateFilter", isFocused());
        assertTrue(desk.sandbox.data().waitlist(kleinOldest).isPresent(), "Enter on a time books nothing by itself");

        // and "Klein" narrows the waitlist, ↓ chooses the first match, the longest waiting
        robot.write("Klein");
        waitUntil("Klein's bookable records and the clientless one", () -> candidates(robot).stream()
                .map(WaitlistRow::id).toList().equals(List.of(clientless, kleinOldest, kleinRecent, desk.massage)));
        robot.type(KeyCode.DOWN);
        eventually("#bookingStatus", showsText("Record #" + clientless + " has no clients, so it cannot be booked. "
                + "Add them to the record first (Esc shows it), or choose another."));
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.DOWN);
        eventually("#bookingTitle", showsText("Fill a free time: #" + kleinOldest));
        assertEquals(time, chosenTime(robot), "choosing the record keeps the time");
        assertTrue(desk.sandbox.data().bookings().stream().noneMatch(b -> b.clients().isEmpty()
                && b.from() == time.at().getEpochSecond()), "Enter on the record with no client booked nothing");
        int bookings = desk.sandbox.data().bookings().size();

        // and Enter books it
        robot.type(KeyCode.ENTER);

        // then the booking on the portal holds that record's clients at that time, and the record left the waitlist
        eventually("#bookingStatus", text(startsWith("Booked: booking ")));
        Booking booking = desk.sandbox.data().bookings().stream().filter(b -> b.from() == time.at().getEpochSecond()
                && b.resourceIds().equals(List.of(1L))).findFirst().orElseThrow();
        assertEquals(List.of(Client.contact(desk.boris.id())), booking.clients());
        assertEquals(bookings + 1, desk.sandbox.data().bookings().size());
        assertTrue(desk.sandbox.data().waitlist(kleinOldest).isEmpty());
        waitUntil("the record left the list and the waitlist below", () -> desk.main.rows().stream()
                .noneMatch(r -> r.id() == kleinOldest) && candidates(robot).stream().noneMatch(r -> r.id() == kleinOldest));
        assertEquals("Fill a free time", text(robot, "#bookingTitle"), "the panel stays on nothing");
        assertEquals("", text(robot, "#bookingPeriod"), "no time is chosen for the next record");
        assertTrue(Ui.shows(robot, "#bookingActions"), "Undo is offered");

        // when Enter is pressed again, twice, as a receptionist in a hurry would
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.sleep(500);

        // then nothing else was booked and the next Klein record still waits
        assertEquals(bookings + 1, desk.sandbox.data().bookings().size());
        assertTrue(desk.sandbox.data().waitlist(kleinRecent).isPresent());
        assertTrue(text(robot, "#bookingStatus").startsWith("Booked: booking " + booking.id()));
    }
}
