package dev.waitlistdesk.desk.search;

import static dev.waitlistdesk.desk.common.Ui.clientNames;
import static dev.waitlistdesk.desk.common.Ui.eventually;
import static dev.waitlistdesk.desk.common.Ui.openRecord;
import static dev.waitlistdesk.desk.common.Ui.shown;
import static dev.waitlistdesk.desk.common.Ui.showsText;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isNotNull;

import dev.waitlistdesk.desk.common.DeskFixture;
import dev.waitlistdesk.desk.common.Ui;
import dev.waitlistdesk.sandbox.Client;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Finding, adding and removing clients, and saving them. */
class ClientPickingTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    @SuppressWarnings("unchecked")
    private List<String> results(FxRobot robot) {
        ListView<dev.waitlistdesk.port.Client> list = robot.lookup("#resultList").queryAs(ListView.class);
        return list.getItems().stream().map(dev.waitlistdesk.port.Client::name).toList();
    }

    @Test
    void searchFindsContactsAndCompaniesAndTheKeyboardAddsThem(FxRobot robot) {
        // given the haircut record is open
        openRecord(robot, "Haircut, mornings");

        // when the receptionist types a name
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Zelda");

        // then a contact and a company come back together
        waitUntil("two results", () -> results(robot).size() == 2);
        assertTrue(results(robot).containsAll(List.of("Zelda Quarry", "Zelda Works")), results(robot).toString());

        // when Down then Enter
        String second = results(robot).get(1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        // then the highlighted result is on the record, unsaved, and the field is ready for the next
        waitUntil("added", () -> clientNames(robot).contains(second));
        eventually("#searchMessage", showsText(second + " added. Save to keep it."));
        assertEquals("", Ui.text(robot, "#searchField"));
        verifyThat("#unsavedLabel", shown());
        assertFalse(robot.lookup("#saveButton").queryAs(Button.class).isDisable());
    }

    @Test
    void aPhoneNumberCopiedFromAWebPageFindsItsContact(FxRobot robot) {
        openRecord(robot, "Massage, Friday");

        // when the receptionist pastes a number as a browser copies it: no-break spaces, a direction mark
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        Ui.paste(robot, "\u200E+49\u00A030\u00A01111");

        // then the contact comes back, as for the number typed by hand
        waitUntil("Anna found", () -> results(robot).equals(List.of("Anna Petrova")));
    }

    @Test
    void theMouseAddsAResultAndARemovedClientIsGoneAfterSave(FxRobot robot) {
        openRecord(robot, "Massage, Friday");
        assertTrue(robot.lookup("#saveButton").queryAs(Button.class).isDisable(), "nothing changed yet");

        // when a result is clicked
        robot.clickOn("#searchField").write("Quarry");
        waitUntil("one result", () -> results(robot).equals(List.of("Zelda Quarry")));
        robot.clickOn(robot.lookup("#resultList .list-cell").<Node>query());
        waitUntil("added", () -> clientNames(robot).contains("Zelda Quarry"));

        // and Boris is removed with his row's button
        robot.clickOn(robot.lookup("#clientList .list-cell").match(c -> c.lookup(".client-name") != null
                && "Boris Klein".equals(((javafx.scene.control.Label) c.lookup(".client-name")).getText()))
                .<Node>query().lookup(".remove-button"));
        waitUntil("removed", () -> !clientNames(robot).contains("Boris Klein"));

        // and saved with the button
        robot.clickOn("#saveButton");

        // then the portal holds exactly the chosen clients and the window says so
        eventually("#recordStatus", showsText("Saved: 2 clients"));
        assertEquals(List.of(Client.company(desk.acme.id()), Client.contact(desk.zelda.id())),
                desk.sandbox.data().waitlist(desk.massage).orElseThrow().clients());
        assertEquals(List.of("Acme GmbH", "Zelda Quarry"), clientNames(robot));
        assertFalse(Ui.shows(robot, "#unsavedLabel"));
        assertTrue(robot.lookup("#saveButton").queryAs(Button.class).isDisable());
    }

    @Test
    void reachedByKeyboardTheClientsDeleteRemovesTheRowTheListChose(FxRobot robot) {
        // given a record with two clients, none chosen
        openRecord(robot, "Massage, Friday");
        List<String> before = clientNames(robot);
        ListView<?> clients = robot.lookup("#clientList").queryAs(ListView.class);
        assertTrue(clients.getSelectionModel().isEmpty());

        // when the receptionist tabs from the search field to the clients and presses Delete
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        for (int i = 0; i < 4 && !clients.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        waitUntil("the clients focused", clients::isFocused);
        robot.type(KeyCode.DELETE);

        // then the first client, chosen as the list got the focus, is removed (unsaved)
        waitUntil("removed", () -> clientNames(robot).equals(before.subList(1, before.size())));
        verifyThat("#unsavedLabel", shown());
    }

    @Test
    void afterSaveTheClientsHaveTheFocusAndDeleteRemovesNobody(FxRobot robot) {
        // given a client added and saved with Save (Alt+S): the desk puts the focus on the clients
        openRecord(robot, "Massage, Friday");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Quarry");
        waitUntil("one result", () -> results(robot).equals(List.of("Zelda Quarry")));
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        eventually("#recordStatus", showsText("Saved: 3 clients"));
        waitUntil("the clients focused", () -> robot.lookup("#clientList").query().isFocused());
        List<String> saved = clientNames(robot);

        // when a stray Delete follows
        robot.type(KeyCode.DELETE);

        // then nobody is removed
        assertEquals(saved, clientNames(robot));
        assertFalse(Ui.shows(robot, "#unsavedLabel"));
    }

    @Test
    void whileSavingTheWindowStaysUsable(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");
        robot.clickOn("#searchField").write("Boris");
        waitUntil("a result", () -> results(robot).contains("Boris Klein"));
        robot.type(KeyCode.ENTER);

        // given a slow portal
        desk.sandbox.faults().latency(1500);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        // then "Saving…" with a spinner, Save is off, and the list still answers
        eventually("#recordStatus", showsText("Saving…"));
        eventually("#recordSpinner", shown());
        assertTrue(robot.lookup("#saveButton").queryAs(Button.class).isDisable());
        robot.clickOn("#quickFilter").write("mass");
        assertEquals(1, robot.lookup("#waitlistTable").queryAs(javafx.scene.control.TableView.class)
                .getItems().size());

        // and the save completes
        eventually("#recordStatus", showsText("Saved: 2 clients"));
        desk.sandbox.faults().clear();
    }

    @Test
    void someoneNotInTheCrmBecomesANewContact(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");

        // when a name nobody has is typed and added as a new contact
        robot.clickOn("#searchField").write("Xavier Noone");
        eventually("#searchMessage", showsText("No contact or company matches “Xavier Noone”."));
        robot.clickOn("#newContactButton");
        eventually("#newContactPhone", isNotNull());
        assertEquals("Xavier", Ui.text(robot, "#newContactName"));
        assertEquals("Noone", Ui.text(robot, "#newContactLastName"));
        robot.clickOn("#newContactPhone").write("+49 30 5555");
        robot.clickOn("Add contact");

        // then the CRM has him and he is on the record
        waitUntil("added", () -> clientNames(robot).contains("Xavier Noone"));
        assertTrue(desk.sandbox.data().findContacts("Noone").stream().anyMatch(c -> c.lastName().equals("Noone")));
    }

    @Test
    void aNewContactWithAPhoneTheCrmKnows_EnterUsesTheExistingContact(FxRobot robot) {
        openRecord(robot, "Massage, Friday");
        int contacts = desk.sandbox.data().contacts().size();

        // when "Anne Petrowa" is entered as a new contact with Anna Petrova's phone, written without spaces
        robot.clickOn("#searchField").write("Anne Petrowa");
        robot.clickOn("#newContactButton");
        eventually("#newContactPhone", isNotNull());
        robot.clickOn("#newContactPhone").write("+49301111");
        robot.clickOn("Add contact");

        // then the desk says who has that phone, with Use the existing contact first and focused
        waitUntil("the question", () -> robot.lookup(".dialog-pane .content").tryQuery().map(n ->
                ((javafx.scene.control.Labeled) n).getText().contains("Anna Petrova (+49 30 1111)")).orElse(false));
        waitUntil("Use the existing contact has the focus", () -> robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.getText().replace("_", "").equals("Use the existing contact"))
                .tryQuery().map(Node::isFocused).orElse(false));

        // when Enter takes it
        robot.type(KeyCode.ENTER);

        // then Anna is on the record, and the CRM has nobody new
        waitUntil("Anna added", () -> clientNames(robot).contains("Anna Petrova"));
        assertEquals(contacts, desk.sandbox.data().contacts().size());
        assertTrue(desk.sandbox.data().findContacts("Petrowa").isEmpty());
    }
}
