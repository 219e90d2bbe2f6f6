package dev.waitlistdesk.desk.list;

import static dev.waitlistdesk.desk.common.Ui.eventually;
import static dev.waitlistdesk.desk.common.Ui.openRecord;
import static dev.waitlistdesk.desk.common.Ui.showsText;
import static dev.waitlistdesk.desk.common.Ui.text;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isFocused;
import static org.testfx.matcher.base.NodeMatchers.isNotNull;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.waitlistdesk.desk.common.DeskFixture;
import dev.waitlistdesk.desk.common.Ui;
import dev.waitlistdesk.desk.common.WaitlistRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The waitlist itself: list, filters, refresh, a record's clients, create, edit, delete. */
class WaitlistWindowTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    @SuppressWarnings("unchecked")
    private List<String> shownNotes(FxRobot robot) {
        TableView<WaitlistRow> table = robot.lookup("#waitlistTable").queryAs(TableView.class);
        return table.getItems().stream().map(WaitlistRow::note).toList();
    }

    @Test
    void listShowsNewestFirstWithClientNamesAndTheBanner(FxRobot robot) {
        // given the practice portal with two records
        // then the list shows both, newest first, with their clients' names
        waitUntil("two records", () -> shownNotes(robot).size() == 2);
        assertEquals(List.of("Massage, Friday", "Haircut, mornings"), shownNotes(robot));
        assertTrue(robot.lookup(".table-cell").match(hasText("Acme GmbH, Boris Klein")).tryQuery().isPresent());
        verifyThat("#practiceBanner", hasText(
                "Practice portal: you are working on sample data on this computer, not on your Bitrix24."));
    }

    @Test
    void quickFilterAndDateRangeNarrowTheList(FxRobot robot) {
        // given an old record created last year
        long old = desk.sandbox.data().addWaitlist("Old request", Instant.now().minus(400, ChronoUnit.DAYS));
        robot.clickOn("#refreshButton");
        waitUntil("three records", () -> shownNotes(robot).size() == 3);

        // when filtering by a client's name
        robot.clickOn("#quickFilter").write("boris");
        // then only that record is left
        assertEquals(List.of("Massage, Friday"), shownNotes(robot));

        // when filtering by a client's phone as a caller reads it out, the digits alone (Anna: +49 30 1111)
        robot.clickOn("#quickFilter .clear-button");
        robot.clickOn("#quickFilter").write("49301111");
        // then her record is found
        assertEquals(List.of("Haircut, mornings"), shownNotes(robot));

        // when the filter is cleared with its × button
        robot.clickOn("#quickFilter .clear-button");
        // then every record is back
        waitUntil("three records again", () -> shownNotes(robot).size() == 3);

        // when the created range is this week
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        robot.interact(() -> {
            robot.lookup("#fromPicker").queryAs(DatePicker.class).setValue(today.minusDays(7));
            robot.lookup("#toPicker").queryAs(DatePicker.class).setValue(today);
        });
        // then the old record is not asked for
        waitUntil("the range applies", () -> shownNotes(robot).size() == 2);
        assertTrue(!shownNotes(robot).contains("Old request"), "record " + old + " is outside the range");
    }

    @Test
    void aDayThatDoesNotExistIsSaidSo_andTheFilterKeepsWhatItHeld(FxRobot robot) {
        waitUntil("two records", () -> shownNotes(robot).size() == 2);
        DatePicker from = robot.lookup("#fromPicker").queryAs(DatePicker.class);
        String february31 = from.getConverter().toString(LocalDate.of(2026, 2, 28)).replace("28", "31");

        // when 31 February is typed into "Created from" and Enter pressed
        robot.clickOn(from.getEditor()).write(february31).type(KeyCode.ENTER);

        // then the list says that is no date (it used to filter from 28 February), and nothing is filtered
        eventually("#listStatus", showsText("\u201c" + february31 + "\u201d is not a date. Type it as "
                + from.getPromptText() + ", or pick the day from the calendar."));
        assertEquals(null, from.getValue());
        assertEquals(2, shownNotes(robot).size());
    }

    @Test
    void selectingARecordShowsItsClientsWithTypeAndPhone(FxRobot robot) {
        // when the receptionist opens the massage record
        openRecord(robot, "Massage, Friday");

        // then its clients show name, type and phone
        verifyThat("#recordTitle", hasText("Record #" + desk.massage));
        waitUntil("two client rows", () -> Ui.visibleClientRows(robot).size() == 2);
        assertEquals(List.of("Acme GmbH | Company · +49 30 9000", "Boris Klein | Contact · +49 30 2222"),
                Ui.visibleClientRows(robot));
        assertEquals(1, robot.lookup("#clientList .client-icon.company").queryAll().size());
        assertEquals(1, robot.lookup("#clientList .client-icon.contact").queryAll().size());
    }

    @Test
    void theWholeFlowWorksFromTheKeyboard(FxRobot robot) {
        waitUntil("the list", () -> shownNotes(robot).size() == 2);

        // when the receptionist filters (Ctrl+L), moves into the list (Tab) and opens the first row (Down)
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.write("Massage");
        robot.type(KeyCode.TAB).type(KeyCode.DOWN);
        eventually("#noteField", showsText("Massage, Friday"));

        // and finds a client (Ctrl+F), adds the highlighted result (Enter)
        addZeldaFromTheSearch(robot);

        // and removes Boris from the clients list with Delete, then saves with Alt+S
        robot.type(KeyCode.TAB).type(KeyCode.TAB); // from the search field: "new contact", then the clients
        eventually("#clientList", isFocused());
        robot.type(KeyCode.END).type(KeyCode.UP).type(KeyCode.DELETE);
        waitUntil("Boris removed", () -> !Ui.clientNames(robot).contains("Boris Klein"));
        waitUntil("Save is on", () -> !robot.lookup("#saveButton").queryButton().isDisable());
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);

        // then the portal holds Acme and Zelda
        eventually("#recordStatus", showsText("Saved: 2 clients"));
        assertEquals(List.of("Acme GmbH", "Zelda Quarry"), Ui.clientNames(robot));
    }

    @Test
    @SuppressWarnings("unchecked")
    void savingARecordRedrawsItsOwnRow_theOtherRowsStayAsTheyAre(FxRobot robot) {
        // given the haircut record open, with a client added
        openRecord(robot, "Haircut, mornings");
        addZeldaFromTheSearch(robot);
        // each row of the table counts the records it is given from now on
        Map<TableRow<WaitlistRow>, List<WaitlistRow>> given = new HashMap<>();
        robot.interact(() -> robot.lookup(".table-row-cell").queryAll().forEach(node -> {
            TableRow<WaitlistRow> row = (TableRow<WaitlistRow>) node;
            given.put(row, new ArrayList<>());
            row.itemProperty().addListener((o, old, now) -> given.get(row).add(now));
        }));

        // when it is saved
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        eventually("#recordStatus", showsText("Saved: 2 clients"));
        WaitForAsyncUtils.waitForFxEvents();

        // then its row shows the new client and stays selected, and no other row was given anything:
        // the table used to take every row down and put it back after each save (a 40-60 ms stall)
        TableView<WaitlistRow> table = robot.lookup("#waitlistTable").queryAs(TableView.class);
        assertEquals("Haircut, mornings", table.getSelectionModel().getSelectedItem().note());
        assertTrue(robot.lookup(".table-cell").match(hasText("Anna Petrova, Zelda Quarry")).tryQuery().isPresent());
        given.forEach((row, items) -> assertEquals(row.getItem() != null && row.getItem().note().equals(
                "Haircut, mornings") ? 1 : 0, items.size(), "records given to the row of " + row.getItem()));
    }

    /** Ctrl+F, "Quarry", and Enter once the one result shows: Zelda Quarry joins the open record. */
    private static void addZeldaFromTheSearch(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Quarry");
        waitUntil("a result", () -> robot.lookup("#resultList").queryAs(javafx.scene.control.ListView.class)
                .getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil("Zelda added", () -> Ui.clientNames(robot).contains("Zelda Quarry"));
    }

    @Test
    void createEditAndDeleteARecord(FxRobot robot) {
        waitUntil("the list", () -> shownNotes(robot).size() == 2);

        // when a record is created from the keyboard (Ctrl+N), with a note
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        eventually("#newRecordNote", isNotNull());
        robot.clickOn("#newRecordNote").write("Pedicure");
        robot.clickOn("Create");

        // then it is first in the list and open
        waitUntil("the new record", () -> shownNotes(robot).size() == 3);
        assertEquals("Pedicure", shownNotes(robot).get(0));
        eventually("#noteField", showsText("Pedicure"));
        long created = desk.main.currentProperty().get().id();
        assertEquals("Pedicure", desk.sandbox.data().waitlist(created).orElseThrow().note());

        // when the note is edited and saved with Ctrl+S
        robot.doubleClickOn("#noteField").write("Pedicure, Tuesday");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        eventually("#recordStatus", showsText("Saved."));
        assertEquals("Pedicure, Tuesday", desk.sandbox.data().waitlist(created).orElseThrow().note());

        // when it is deleted, after confirming
        robot.clickOn("#deleteButton");
        eventually(".dialog-pane", isNotNull());
        verifyThat(".dialog-pane .content", hasText("Delete record #" + created
                + " and its client list? This cannot be undone."));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(hasText("Delete")).<javafx.scene.Node>query());

        // then it is gone from the portal and the list
        eventually("#listStatus", showsText("Record #" + created + " deleted."));
        assertTrue(desk.sandbox.data().waitlist(created).isEmpty());
        assertEquals(List.of("Massage, Friday", "Haircut, mornings"), shownNotes(robot));
        assertEquals("Select a waitlist record on the left, or create a new one.",
                text(robot, ".placeholder-text"));
    }
}
