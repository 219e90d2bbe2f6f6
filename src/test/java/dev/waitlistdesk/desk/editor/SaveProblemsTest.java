package dev.waitlistdesk.desk.editor;

import static dev.waitlistdesk.desk.common.Ui.clientNames;
import static dev.waitlistdesk.desk.common.Ui.eventually;
import static dev.waitlistdesk.desk.common.Ui.openRecord;
import static dev.waitlistdesk.desk.common.Ui.shown;
import static dev.waitlistdesk.desk.common.Ui.showsText;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;

import dev.waitlistdesk.desk.common.DeskFixture;
import dev.waitlistdesk.sandbox.Client;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Saving when things go wrong: the message, the next step, and the picks kept. */
class SaveProblemsTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    @SuppressWarnings("unchecked")
    private void addBoris(FxRobot robot) {
        robot.clickOn("#searchField").write("Boris");
        waitUntil("a result", () -> robot.lookup("#resultList").queryAs(ListView.class).getItems().stream()
                .anyMatch(p -> ((dev.waitlistdesk.port.Client) p).name().equals("Boris Klein")));
        robot.type(KeyCode.ENTER);
        waitUntil("Boris added", () -> clientNames(robot).contains("Boris Klein"));
    }

    @Test
    void aRecordDeletedByAColleagueKeepsThePicks_andBecomesANewRecordWithThem(FxRobot robot) {
        // given the haircut record is open and Boris picked
        openRecord(robot, "Haircut, mornings");
        addBoris(robot);

        // when a colleague deletes the record before the receptionist saves
        desk.sandbox.data().deleteWaitlist(desk.haircut);
        robot.clickOn("#saveButton");

        // then the window says so, keeps the picks, and offers a new record with them or to discard them
        eventually("#recordStatus", showsText("Record #" + desk.haircut + " was deleted on the portal, probably by a "
                + "colleague. Your picks are still here: create a new record with them, or discard them."));
        assertEquals(List.of("Anna Petrova", "Boris Klein"), clientNames(robot));
        assertTrue(robot.lookup("#saveButton").query().isDisabled());
        verifyThat("#recordAction-discard", shown());

        // when the receptionist refreshes, the record is still listed (as deleted) with its picks
        robot.type(KeyCode.F5);
        waitUntil("the reload", () -> !desk.main.loadingProperty().get());
        assertEquals(2, desk.main.rows().size());
        assertEquals(List.of("Anna Petrova", "Boris Klein"), clientNames(robot));

        // when the receptionist chooses a new record with these clients, by keyboard (Alt+I)
        robot.press(KeyCode.ALT).type(KeyCode.I).release(KeyCode.ALT);

        // then the portal has a new record with Anna and Boris, open on the right, and the old one is gone
        waitUntil("the new record", () -> desk.main.currentProperty().get() != null
                && desk.main.currentProperty().get().id() != desk.haircut);
        long created = desk.main.currentProperty().get().id();
        assertEquals(List.of(Client.contact(desk.anna.id()), Client.contact(desk.boris.id())),
                desk.sandbox.data().waitlist(created).orElseThrow().clients());
        assertTrue(desk.main.rows().stream().noneMatch(r -> r.id() == desk.haircut));
    }

    @Test
    void noConnectionThenRetryAfterThePortalIsBack(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");
        addBoris(robot);

        // given the portal is unreachable
        desk.stopSandbox();
        robot.clickOn("#saveButton");

        // then the window says so, offers Retry, and keeps the picks
        eventually("#recordStatus", showsText("No connection to Bitrix24. Check the network, then retry. "
                + "Your picks are kept, unsaved."));
        verifyThat("#recordAction-retry", shown());
        assertEquals(List.of("Anna Petrova", "Boris Klein"), clientNames(robot));
        verifyThat("#unsavedLabel", shown());

        // when the portal is back and the receptionist retries
        desk.restartSandbox();
        robot.clickOn("#recordAction-retry");

        // then it is saved
        eventually("#recordStatus", showsText("Saved: 2 clients"));
        assertEquals(List.of(Client.contact(desk.anna.id()), Client.contact(desk.boris.id())),
                desk.sandbox.data().waitlist(desk.haircut).orElseThrow().clients());
    }

    @Test
    void aBusyPortalMakesTheAppWaitAndRetryByItself(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");
        addBoris(robot);

        // given the portal answers QUERY_LIMIT_EXCEEDED a few times in a row
        desk.sandbox.faults().burst503(3);
        robot.clickOn("#saveButton");

        // then the transport waits it out quietly and the record is saved
        eventually("#recordStatus", showsText("Saved: 2 clients"));
    }
}
