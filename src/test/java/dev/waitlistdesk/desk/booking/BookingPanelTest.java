package dev.waitlistdesk.desk.booking;

import static dev.waitlistdesk.desk.common.Ui.eventually;
import static dev.waitlistdesk.desk.common.Ui.openRecord;
import static dev.waitlistdesk.desk.common.Ui.shown;
import static dev.waitlistdesk.desk.common.Ui.showsText;
import static dev.waitlistdesk.desk.common.Ui.text;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.booking.StartTime;
import dev.waitlistdesk.desk.common.DeskFixture;
import dev.waitlistdesk.desk.common.Ui;
import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.port.DealInfo;
import dev.waitlistdesk.sandbox.Booking;
import dev.waitlistdesk.sandbox.Deal;
import dev.waitlistdesk.sandbox.ExternalLink;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import javafx.event.Event;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.ListViewMatchers;

/** Booking a waiting client and linking a deal in the real window, against the sandbox over HTTP. */
class BookingPanelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday after the 14 days of seeded bookings: Room 1 is free 9:00–13:00 and 14:00–18:00. */
    private static final LocalDate MONDAY = LocalDate.now(BERLIN).plusDays(21).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    @SuppressWarnings("unchecked")
    private List<String> startLabels(FxRobot robot) {
        return robot.lookup("#startList").queryAs(ListView.class).getItems().stream()
                .map(s -> ((StartTime) s).label()).toList();
    }

    /** Ctrl+B on the open record; the first resource (Room 1) is chosen; the day is set to MONDAY. */
    private void openPanelOnMonday(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        waitUntil("the panel shows Room 1 chosen", () -> Ui.shows(robot, "#bookingPanel")
                && robot.lookup("#resourceList").queryAs(ListView.class).getSelectionModel().getSelectedIndex() == 0);
        robot.interact(() -> robot.lookup("#bookingDay").queryAs(DatePicker.class).setValue(MONDAY));
        waitUntil("Monday's times", () -> startLabels(robot).size() == 8 && startLabels(robot).get(0).equals("09:00"));
        robot.interact(() -> robot.lookup("#resourceList").query().requestFocus());
    }

    private long at(String time) {
        return MONDAY.atTime(LocalTime.parse(time)).atZone(BERLIN).toEpochSecond();
    }

    @Test
    void aRecordIsBookedByKeyboardAndLeavesTheList(FxRobot robot) {
        // given the record "Haircut, mornings" is open and the panel shows Room 1 on Monday
        openRecord(robot, "Haircut, mornings");
        openPanelOnMonday(robot);

        // when Right moves to the times, Down picks 10:00 and Enter books
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        String period = MONDAY.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy",
                java.util.Locale.ENGLISH)) + ", 10:00–11:00 (Europe/Berlin)";
        eventually("#bookingPeriod", showsText(period));
        robot.type(KeyCode.ENTER);

        // then the panel says Booked with the booking's id and time, and the record left the list
        eventually("#bookingStatus", text(startsWith("Booked: booking ")));
        Booking booking = desk.sandbox.data().bookings().stream().filter(b -> b.from() == at("10:00"))
                .filter(b -> b.resourceIds().equals(List.of(1L))).findFirst().orElseThrow();
        assertEquals("Booked: booking " + booking.id() + ", " + period + ", Room 1. The record left the waitlist.",
                text(robot, "#bookingStatus"));
        assertEquals(at("11:00"), booking.to());
        assertTrue(desk.sandbox.data().waitlist(desk.haircut).isEmpty());
        waitUntil("the row is gone", () -> robot.lookup(".table-cell").match(c ->
                "Haircut, mornings".equals(((javafx.scene.control.TableCell<?, ?>) c).getText())).tryQuery().isEmpty());
        waitUntil("10:00 no longer offered", () -> !startLabels(robot).contains("10:00"));

        // and Esc closes the panel
        robot.type(KeyCode.ESCAPE);
        eventually("#bookingPanel", not(shown()));
    }

    @Test
    void lettersTypedRightAfterCtrlBSearchTheResources(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");

        // when a name is typed at once after Ctrl+B, on the resource list that has the focus, its keys
        // arriving together as they do while the panel is still opening
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        waitUntil("the panel", () -> Ui.shows(robot, "#bookingPanel"));
        robot.interact(() -> "Olga".chars().forEach(c -> Event.fireEvent(robot.lookup("#resourceList").query()
                .getScene().getFocusOwner(), new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf((char) c), "",
                KeyCode.UNDEFINED, false, false, false, false))));

        // then it is the resources' search, and ↓ goes to the one it finds, chosen
        eventually("#resourceFilter", showsText("Olga"));
        robot.type(KeyCode.DOWN);
        waitUntil("Dr. Olga Orlova alone, chosen", () -> {
            ListView<?> list = robot.lookup("#resourceList").queryAs(ListView.class);
            return list.isFocused() && list.getItems().size() == 1
                    && list.getSelectionModel().getSelectedItem() instanceof BookableResource r
                    && r.name().equals("Dr. Olga Orlova");
        });
    }

    @Test
    void fromASaturdayCtrlJGoesToMondayAndCtrlZUndoesTheBooking(FxRobot robot) {
        // given Room 1 has no bookings and the panel shows it on the coming Saturday: no free time
        LocalDate saturday = LocalDate.now(BERLIN).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        LocalDate monday = saturday.plusDays(2); // within the 14 days read ahead
        desk.sandbox.data().bookings().stream().filter(b -> b.resourceIds().contains(1L))
                .forEach(b -> desk.sandbox.data().deleteBooking(b.id()));
        openRecord(robot, "Haircut, mornings");
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        waitUntil("the panel shows Room 1 chosen", () -> Ui.shows(robot, "#bookingPanel")
                && robot.lookup("#resourceList").queryAs(ListView.class).getSelectionModel().getSelectedIndex() == 0);
        robot.interact(() -> robot.lookup("#bookingDay").queryAs(DatePicker.class).setValue(saturday));
        String mondayText = monday.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH));
        waitUntil("Saturday names Monday", () -> startLabels(robot).isEmpty()
                && text(robot, "#bookingStatus").endsWith("Next free: " + mondayText + ", 09:00 (Ctrl+J)"));
        robot.interact(() -> robot.lookup("#resourceList").query().requestFocus());

        // when Ctrl+J jumps there and Enter books
        robot.press(KeyCode.CONTROL).type(KeyCode.J).release(KeyCode.CONTROL);
        eventually("#bookingPeriod", showsText(mondayText + ", 09:00–10:00 (Europe/Berlin)"));
        robot.type(KeyCode.ENTER);
        eventually("#bookingStatus", text(startsWith("Booked: booking ")));
        assertTrue(desk.sandbox.data().waitlist(desk.haircut).isEmpty());

        // then Ctrl+Z in the panel undoes it: the booking is gone and the record is back
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        eventually("#bookingStatus", text(containsString("undone: the record is back on the waitlist")));
        long nine = monday.atTime(9, 0).atZone(BERLIN).toEpochSecond();
        assertTrue(desk.sandbox.data().bookings().stream().noneMatch(b -> b.from() == nine && b.resourceIds().contains(1L)));
        assertTrue(desk.sandbox.data().waitlist().stream().anyMatch(e -> e.note().equals("Haircut, mornings")));
        waitUntil("the row is back", () -> robot.lookup(".table-cell").match(c ->
                "Haircut, mornings".equals(((javafx.scene.control.TableCell<?, ?>) c).getText())).tryQuery().isPresent());

        // and the panel books the record back, on a time chosen anew: Enter alone books nothing
        long back = desk.main.currentProperty().get().id();
        eventually("#bookingTitle", showsText("Book record #" + back));
        robot.type(KeyCode.ENTER);
        assertTrue(desk.sandbox.data().waitlist(back).isPresent(), "not booked again at the undone time");
        robot.interact(() -> robot.lookup("#startList").query().requestFocus());
        robot.type(KeyCode.DOWN);
        eventually("#bookingPeriod", text(containsString(mondayText)));
        robot.type(KeyCode.ENTER);
        eventually("#bookingStatus", text(startsWith("Booked: booking ")));
        assertTrue(desk.sandbox.data().waitlist(back).isEmpty());
    }

    @Test
    void afterABookingEnterBooksNothingElseAndThePanelStaysOnNothing(FxRobot robot) {
        // given "Haircut, mornings" was booked at 10:00 from the panel
        openRecord(robot, "Haircut, mornings");
        openPanelOnMonday(robot);
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        eventually("#bookingPeriod", text(containsString("10:00–11:00")));
        robot.type(KeyCode.ENTER);
        eventually("#bookingStatus", text(startsWith("Booked: booking ")));
        waitUntil("the row is gone", () -> desk.main.rows().stream().noneMatch(r -> r.id() == desk.haircut));
        int bookings = desk.sandbox.data().bookings().size();

        // when Enter is pressed again, twice, as a receptionist in a hurry would
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.sleep(500);

        // then nothing else was booked: the other record is still waiting, no time is chosen for it,
        // the panel does not name it, and the result stays readable
        assertEquals(bookings, desk.sandbox.data().bookings().size());
        assertTrue(desk.sandbox.data().waitlist(desk.massage).isPresent());
        assertEquals("Open a waitlist record to book it.", text(robot, "#bookingTitle"));
        assertEquals("", text(robot, "#bookingPeriod"));
        assertTrue(robot.lookup("#bookingBook").queryButton().isDisable());
        assertTrue(text(robot, "#bookingStatus").startsWith("Booked: booking "));
    }

    @Test
    void unsavedPicksAreSavedBeforeTheBookingSoItHoldsThem(FxRobot robot) {
        // given "Haircut, mornings" (Anna) with Zelda Quarry added but not saved
        openRecord(robot, "Haircut, mornings");
        robot.clickOn("#searchField").write("Quarry");
        eventually("#resultList", not(ListViewMatchers.isEmpty()));
        robot.type(KeyCode.ENTER);
        waitUntil("added", () -> Ui.clientNames(robot).contains("Zelda Quarry"));

        // when the record is booked at 10:00
        openPanelOnMonday(robot);
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        eventually("#bookingPeriod", text(containsString("10:00–11:00")));
        robot.type(KeyCode.ENTER);

        // then the picks were saved first and the booking holds both clients
        eventually("#bookingStatus", text(startsWith("Booked: booking ")));
        Booking booking = desk.sandbox.data().bookings().stream().filter(b -> b.from() == at("10:00"))
                .filter(b -> b.resourceIds().equals(List.of(1L))).findFirst().orElseThrow();
        assertEquals(List.of(desk.anna.id(), desk.zelda.id()),
                booking.clients().stream().map(c -> c.id()).sorted().toList());
    }

    @Test
    void aTimeAColleagueTookMeanwhileIsRefusedAndNoLongerOffered(FxRobot robot) {
        // given 11:00 is chosen, and meanwhile a colleague books Room 1 at 11:00–11:30
        openRecord(robot, "Massage, Friday");
        openPanelOnMonday(robot);
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN).type(KeyCode.DOWN);
        eventually("#bookingPeriod", text(containsString("11:00–12:00")));
        desk.sandbox.data().addBooking("Colleague", "", List.of(1L), at("11:00"), at("11:30"), "Europe/Berlin");

        // when Enter books
        robot.type(KeyCode.ENTER);

        // then the refusal (1038) says why, the record stays, and 11:00 is gone from the times
        eventually("#bookingStatus", showsText("Not booked: Room 1 is already booked then (11:00–11:30), probably by "
                + "a colleague just now. The free times were reloaded: choose another time."));
        eventually("#bookingStatusDetail", showsText("Bitrix24 code 1038 · wait list item not found"));
        waitUntil("11:00 no longer offered", () -> !startLabels(robot).contains("11:00")
                && startLabels(robot).contains("12:00"));
        assertTrue(desk.sandbox.data().waitlist(desk.massage).isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDealIsFoundByTitleLinkedAndUnlinked(FxRobot robot) {
        // given a deal "Zebra Dental – implants" in the CRM and the record "Massage, Friday" open
        Deal zebra = desk.sandbox.data().addDeal("Zebra Dental – implants", "PREPARATION", null, null);
        openRecord(robot, "Massage, Friday");

        // when the receptionist types part of its title in "Link a deal…" and presses Enter
        robot.clickOn("#dealSearch").write("zebra den");
        eventually("#dealResults", not(ListViewMatchers.isEmpty()));
        robot.type(KeyCode.ENTER);

        // then it is linked on the portal and listed with its stage
        eventually("#dealStatus", showsText("Linked: Zebra Dental – implants"));
        ListView<DealInfo> linked = robot.lookup("#dealList").queryAs(ListView.class);
        assertEquals(List.of("Zebra Dental – implants"), linked.getItems().stream().map(DealInfo::title).toList());
        assertEquals(List.of(new ExternalLink("crm", "DEAL", Long.toString(zebra.id()))),
                desk.sandbox.data().waitlist(desk.massage).orElseThrow().externalData());
        assertFalse(Ui.shows(robot, ".hyperlink"), "the practice portal has no deal pages to open");

        // when ✕ unlinks it
        robot.clickOn("#unlink-" + zebra.id());

        // then the record links no deal
        eventually("#dealStatus", showsText("Unlinked: Zebra Dental – implants"));
        assertEquals(List.of(), desk.sandbox.data().waitlist(desk.massage).orElseThrow().externalData());
        assertTrue(linked.getItems().isEmpty());
    }
}
