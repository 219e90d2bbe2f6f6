package dev.waitlistdesk.ui;

import static dev.waitlistdesk.ui.Ui.clientNames;
import static dev.waitlistdesk.ui.Ui.openRecord;
import static dev.waitlistdesk.ui.Ui.text;
import static dev.waitlistdesk.ui.Ui.waitForText;
import static dev.waitlistdesk.ui.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.crm.CrmParty;
import dev.waitlistdesk.sandbox.Client;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Saving when things go wrong: the message, the next step, and the picks kept. */
@ExtendWith(ApplicationExtension.class)
class SaveProblemsTest {

    DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.open(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @SuppressWarnings("unchecked")
    private void addBoris(FxRobot robot) {
        robot.clickOn("#searchField").write("Boris");
        waitUntil("a result", () -> robot.lookup("#resultList").queryAs(ListView.class).getItems().stream()
                .anyMatch(p -> ((CrmParty) p).name().equals("Boris Klein")));
        robot.type(KeyCode.ENTER);
        waitUntil("Boris added", () -> clientNames(robot).contains("Boris Klein"));
    }

    @Test
    void aRecordDeletedByAColleagueIsExplainedAndThePicksStay(FxRobot robot) {
        // given the haircut record is open and Boris picked
        openRecord(robot, "Haircut, mornings");
        addBoris(robot);

        // when a colleague deletes the record before the receptionist saves
        desk.sandbox.data().deleteWaitlist(desk.haircut);
        robot.clickOn("#saveButton");

        // then the window explains it, offers a refresh, shows the code, and keeps the picks unsaved
        waitForText(robot, "#statusText", "This record no longer exists: probably a colleague deleted it. "
                + "Refresh the list to see the current waitlist. Your picks are kept, unsaved.");
        assertEquals("Refresh list", text(robot, "#nextStepButton"));
        assertTrue(text(robot, "#statusDetail").startsWith("Bitrix24 code 1040"), text(robot, "#statusDetail"));
        assertEquals(List.of("Anna Petrova", "Boris Klein"), clientNames(robot));
        Ui.assertShows(robot, "#unsavedLabel");

        // when the receptionist refreshes the list
        robot.clickOn("#nextStepButton");

        // then the record is gone from the list, and the picks are still on screen
        waitUntil("the list without it", () -> desk.main.rows().size() == 1);
        assertEquals(List.of("Anna Petrova", "Boris Klein"), clientNames(robot));
    }

    @Test
    void noConnectionThenRetryAfterThePortalIsBack(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");
        addBoris(robot);

        // given the portal is unreachable
        desk.stopSandbox();
        robot.clickOn("#saveButton");

        // then the window says so, offers Retry, and keeps the picks
        waitForText(robot, "#statusText", "No connection to Bitrix24. Check the network, then retry. "
                + "Your picks are kept, unsaved.");
        assertEquals("Retry", text(robot, "#nextStepButton"));
        assertEquals(List.of("Anna Petrova", "Boris Klein"), clientNames(robot));
        Ui.assertShows(robot, "#unsavedLabel");

        // when the portal is back and the receptionist retries
        desk.restartSandbox();
        robot.clickOn("#nextStepButton");

        // then it is saved
        waitForText(robot, "#statusText", "Saved: 2 clients");
        assertEquals(List.of(Client.contact(desk.anna.id()), Client.contact(desk.boris.id())),
                desk.sandbox.data().waitlist(desk.haircut).orElseThrow().clients());
    }

    @Test
    void aBusyPortalMakesTheAppWaitAndRetryByItself(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");
        addBoris(robot);

        // given the portal answers QUERY_LIMIT_EXCEEDED more often than the client retries
        desk.sandbox.faults().burst503(4);
        robot.clickOn("#saveButton");

        // then the window says it is waiting, then saves by itself
        waitForText(robot, "#statusText", "Bitrix24 is busy right now. The app is waiting and will try again in "
                + "a few seconds. Your picks are kept, unsaved.");
        assertTrue(text(robot, "#statusDetail").contains("QUERY_LIMIT_EXCEEDED"), text(robot, "#statusDetail"));
        waitForText(robot, "#statusText", "Saved: 2 clients");
    }
}
