package dev.waitlistdesk.desk.common;

import static dev.waitlistdesk.desk.common.Ui.eventually;
import static dev.waitlistdesk.desk.common.Ui.openRecord;
import static dev.waitlistdesk.desk.common.Ui.shown;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.desk.settings.Appearance;
import dev.waitlistdesk.desk.settings.Themes;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientId;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.ListViewMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every state of the window and every dialog at 1024×768 in each of the six languages, as a
 * receptionist (and a screen reader) meets them: the list; a record; its deals; the booking panel;
 * the notice that a colleague saved over one's added client; a clients conflict; a note conflict, also
 * while a slow list load offers Cancel;
 * a record deleted on the portal (1040); the new-record, new-contact, delete, settings (also after a
 * failed Test connection) and About dialogs; last, the panel filling a freed time
 * with a record chosen, and after that booking. See {@link ScreenAudit} for what fails; contrast is
 * measured in the light, dark and high-contrast themes.
 */
class LayoutAuditTest {

    private static final List<String> THEMES = List.of(Appearance.LIGHT, Appearance.DARK, Appearance.CONTRAST);

    private static final Locale SYSTEM_LOCALE = Locale.getDefault();

    private DeskFixture desk;
    private final FxRobot robot = new FxRobot();
    private final List<String> problems = new ArrayList<>();
    private List<String> contrastThemes = List.of();

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> Themes.apply(Appearance.LIGHT));
        Locale.setDefault(SYSTEM_LOCALE);
        if (desk != null) {
            desk.closeWindow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "de", "es", "pt-BR", "pl"})
    void everyStateReadsWhole_named_andClear(String language) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(language)); // the dates' format too, as the app sets it
        // Colours come from the style classes, never from the words: contrast is measured in one language
        // (each theme restyles the window, 0.5–1 s a state on two busy cores).
        contrastThemes = language.equals("en") ? THEMES : List.of();
        desk = DeskFixture.in(Locale.forLanguageTag(language)).sized(1024, 768);
        desk.sandbox.data().addDeal("Zebra Dental – implants", "PREPARATION", null, null);
        freshWindow();
        desk.showOnPrimaryStage();
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        audit("the list");

        openRecord(robot, "Massage, Friday");
        audit("a record");
        robot.clickOn("#searchField").write("+49 30");
        eventually("#searchMessage", shown());
        audit("a search that found no whole number");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#dealSearch").write("zebra");
        eventually("#dealResults", not(ListViewMatchers.isEmpty()));
        audit("deals with a result");
        robot.type(KeyCode.ESCAPE);

        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        eventually("#bookingPanel", shown());
        // a Monday three weeks on: the first resource is free in the morning and the afternoon
        LocalDate monday = LocalDate.now().plusDays(21).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        robot.interact(() -> robot.lookup("#bookingDay").queryAs(DatePicker.class).setValue(monday));
        eventually("#startList", not(ListViewMatchers.isEmpty()));
        audit("the booking panel");
        dayStripSpeaks();
        robot.type(KeyCode.ESCAPE);
        eventually("#bookingPanel", not(shown()));

        dialog("the delete confirmation", () -> robot.clickOn("#deleteButton"));
        dialog("add as new contact", () -> robot.clickOn("#newContactButton"));
        dialog("a new record", () -> robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL));
        dialog("about", () -> javafx.application.Platform.runLater(() ->  // About waits in showAndWait
                robot.lookup("#helpMenu").queryAs(MenuButton.class).getItems().get(1).fire()));
        settings();

        openRecord(robot, "Haircut, mornings");
        colleagueSavesOverMyAdd();
        clientsConflict();
        noteConflict();
        deletedOnThePortal();
        fillAFreedTime();
        bookedFromTheRecord();

        assertTrue(problems.isEmpty(), language + " at 1024×768 (" + windowFacts() + "), " + problems.size()
                + " problems:\n" + String.join("\n", problems));
    }

    /** Ctrl+= up to the largest text the desk allows: German at 1024×768 still reads whole; remembered. */
    @Test
    void atTheLargestZoomGermanStillReadsWholeAndTheZoomIsRemembered() throws Exception {
        Locale.setDefault(Locale.GERMAN);
        desk = DeskFixture.in(Locale.GERMAN).sized(1024, 768);
        freshWindow();
        desk.showOnPrimaryStage();
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        Label title = robot.lookup("#listFreshness").queryAs(Label.class);
        double normal = title.getFont().getSize();
        double button = robot.lookup("#settingsButton").queryButton().getFont().getSize();
        for (int i = 0; i < Zoom.STEPS.length; i++) { // one more than there are steps up: it stays at the top
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        double largest = Zoom.STEPS[Zoom.STEPS.length - 1];
        waitUntil("the largest text", () -> Math.abs(title.getFont().getSize() - normal * largest) < 0.1);
        audit("the list at " + (int) (largest * 100) + " %");
        openRecord(robot, "Massage, Friday");
        audit("a record at " + (int) (largest * 100) + " %");
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        eventually("#bookingPanel", shown());
        audit("the booking panel at " + (int) (largest * 100) + " %");
        robot.type(KeyCode.ESCAPE);
        waitUntil("the booking panel closed", () -> !Ui.shows(robot, "#bookingPanel"));
        // the dialogs open at the window's zoom too
        double zoomed = button * largest;
        zoomedDialog("the delete confirmation", zoomed, () -> robot.clickOn("#deleteButton"));
        zoomedDialog("add as new contact", zoomed, () -> robot.clickOn("#newContactButton"));
        zoomedDialog("a new record", zoomed, () -> robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL));
        zoomedDialog("about", zoomed, () -> javafx.application.Platform.runLater(() ->
                robot.lookup("#helpMenu").queryAs(MenuButton.class).getItems().get(1).fire()));
        zoomedDialog("settings", zoomed, () -> robot.clickOn("#settingsButton"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(Files.readString(desk.dir.resolve("window.json")).contains("\"zoom\":" + largest));

        robot.type(KeyCode.ESCAPE).press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitUntil("the theme's own size again", () -> Math.abs(title.getFont().getSize() - normal) < 0.1);
    }

    /** The settings dialog as it opens, and after Test connection failed on a portal that is not there. */
    private void settings() {
        robot.clickOn("#settingsButton");
        Scene dialog = waitForDialog();
        audit("settings", dialog);
        robot.interact(() -> ((TextInputControl) dialog.lookup("#webhookField"))
                .setText("http://127.0.0.1:9/rest/1/abcdefgh12345678/"));
        robot.clickOn(dialog.lookup("#testButton"));
        waitUntil("the test's result", () -> Ui.shows(robot, "#settingsStatusDetail")
                && !dialog.lookup("#settingsStatus").isDisabled() && !robot.lookup("#settingsStatus")
                .queryLabeled().getText().isEmpty() && !dialog.lookup("#testButton").isDisabled());
        audit("settings after a failed test", dialog);
        closeDialog();
    }

    /** Each booked or free part of a day strip, and each free start, says its times to a screen reader. */
    private void dayStripSpeaks() {
        List<Node> parts = new ArrayList<>(robot.lookup("#dayStrips .day-strip-busy").queryAll());
        parts.addAll(robot.lookup("#dayStrips .day-strip-free").queryAll());
        assertTrue(parts.size() >= 2, "booked and free parts: " + parts);
        parts.stream().filter(part -> part.getAccessibleText() == null || !part.getAccessibleText().matches(".*\\d\\d:\\d\\d.*"))
                .forEach(part -> problems.add("the booking panel: a day strip part without its times: " + part));
        robot.lookup("#startList .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> cell.getText() != null && !cell.getText().isEmpty())
                .filter(cell -> cell.getAccessibleText() == null || cell.getAccessibleText().equals(cell.getText()))
                .forEach(cell -> problems.add("the booking panel: the start " + cell.getText() + " says only its time"));
    }

    private void colleagueSavesOverMyAdd() {
        RecordViewModel record = desk.main.currentProperty().get();
        robot.interact(() -> {
            record.add(client(desk.zelda.id(), "Zelda Quarry"));
            record.save();
        });
        waitUntil("saved", () -> !record.dirtyProperty().get() && !record.savingProperty().get());
        desk.sandbox.data().setClients(desk.haircut, List.of(dev.waitlistdesk.sandbox.Client.contact(desk.anna.id())));
        robot.interact(desk.main::poll);
        waitUntil("the notice", () -> offers(record, "add-again"));
        audit("your added client is gone");
    }

    private void clientsConflict() {
        RecordViewModel record = desk.main.currentProperty().get();
        robot.interact(() -> record.add(client(desk.boris.id(), "Boris Klein")));
        desk.sandbox.data().setClients(desk.haircut, List.of(dev.waitlistdesk.sandbox.Client.contact(desk.anna.id()),
                dev.waitlistdesk.sandbox.Client.company(desk.acme.id())));
        robot.interact(record::save);
        waitUntil("the conflict", () -> offers(record, "merge"));
        audit("a clients conflict");
        robot.interact(() -> record.statusProperty().get().command("merge").run());
        waitUntil("merged", () -> !record.dirtyProperty().get() && !record.savingProperty().get());
    }

    private void noteConflict() {
        RecordViewModel record = desk.main.currentProperty().get();
        robot.interact(() -> record.noteProperty().set("Haircut, mornings, short"));
        desk.sandbox.data().updateNote(desk.haircut, "Haircut, evenings");
        robot.interact(record::save);
        waitUntil("the note conflict", () -> offers(record, "keep-mine"));
        audit("a note conflict");
        // F5 on a slow portal: after 3 s the list offers Cancel beside the conflict's choices
        desk.sandbox.faults().latency(4_000);
        robot.interact(desk.main::refresh);
        waitUntil("Cancel offered for the list", () -> desk.main.listStatusProperty().get().offers("cancel"));
        audit("a note conflict during a slow list load");
        desk.sandbox.faults().latency(0);
        waitUntil("the list loaded", () -> desk.main.listStatusProperty().get().commands().isEmpty());
        robot.interact(() -> record.statusProperty().get().command("take-theirs").run());
        waitUntil("theirs taken", () -> !record.dirtyProperty().get() && !record.savingProperty().get());
    }

    /** Ctrl+Shift+B: the next free time, then the waitlist's first record chosen; then booked, with Undo. */
    private void fillAFreedTime() {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.B).release(KeyCode.SHIFT, KeyCode.CONTROL);
        eventually("#fillBox", shown());
        waitUntil("the next free time", () -> robot.lookup("#nextFree").queryButton().isVisible()
                && !robot.lookup("#nextFree").queryButton().isDisabled());
        robot.press(KeyCode.CONTROL).type(KeyCode.J).release(KeyCode.CONTROL); // a time chosen,
        robot.type(KeyCode.ENTER).type(KeyCode.DOWN); // on to the waitlist, its first record chosen
        waitUntil("a record chosen", () -> !robot.lookup("#candidateList").queryAs(ListView.class)
                .getSelectionModel().isEmpty());
        audit("filling a free time");

        robot.type(KeyCode.ENTER); // booked: the result with Undo under the times and the waitlist
        eventually("#bookingActions", shown());
        audit("a free time filled");
    }

    /** Ctrl+B on a record, a time, Enter: the panel stays on nothing and says so, whole, beside the result. */
    private void bookedFromTheRecord() {
        robot.type(KeyCode.ESCAPE);
        desk.sandbox.data().addWaitlist("Pedicure, any day");
        robot.type(KeyCode.F5);
        openRecord(robot, "Pedicure, any day");
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        eventually("#bookingPanel", shown());
        LocalDate monday = LocalDate.now().plusDays(21).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        robot.interact(() -> robot.lookup("#bookingDay").queryAs(DatePicker.class).setValue(monday));
        eventually("#startList", not(ListViewMatchers.isEmpty()));
        robot.interact(() -> robot.lookup("#startList").queryAs(ListView.class).getSelectionModel().select(0));
        robot.clickOn("#bookingBook");
        eventually("#bookingActions", shown()); // booked, with Undo
        audit("booked from a record");
    }

    private void deletedOnThePortal() {
        RecordViewModel record = desk.main.currentProperty().get();
        robot.interact(() -> record.add(client(desk.zelda.id(), "Zelda Quarry")));
        desk.sandbox.data().deleteWaitlist(desk.haircut);
        robot.interact(record::save);
        waitUntil("the record is gone (1040)", () -> record.goneProperty().get() && !record.savingProperty().get());
        audit("wait list not found (1040)");
    }

    /**
     * As the app starts: no scene yet. TestFX's primary stage keeps the last test's scene (1180 px
     * wide), and shrinking that to 1024 left the divider at 0.52 instead of the desk's 0.42.
     */
    private static void freshWindow() throws java.util.concurrent.TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> stage.setScene(null));
    }

    /** The scene's size and the divider: what decides the record side's width. */
    private String windowFacts() {
        Scene scene = desk.stage.getScene();
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) scene.lookup("#mainSplit");
        return "scene " + (int) scene.getWidth() + "×" + (int) scene.getHeight() + ", divider at "
                + String.format(Locale.ROOT, "%.3f", split.getDividerPositions()[0]);
    }

    private static boolean offers(RecordViewModel record, String command) {
        return record.statusProperty().get().offers(command);
    }

    private static Client client(long contactId, String name) {
        return new Client(ClientId.contact(contactId), name, "", "");
    }

    /** Opens a dialog, checks its words are at the zoomed size, audits it, closes it with Esc. */
    private void zoomedDialog(String name, double size, Runnable open) {
        open.run();
        Scene dialog = waitForDialog();
        WaitForAsyncUtils.waitForFxEvents();
        // the buttons' words: in every dialog, at the root's size (hints and small print are smaller)
        Set<Button> buttons = robot.from(dialog.getRoot()).lookup(".button-bar .button").queryAllAs(Button.class);
        assertTrue(!buttons.isEmpty() && buttons.stream().allMatch(b -> Math.abs(b.getFont().getSize() - size) < 0.1),
                name + ": the buttons' words at " + size + " px, not " + buttons.stream().map(b -> b.getFont().getSize()).toList());
        audit(name + " at the largest zoom", dialog);
        closeDialog();
    }

    /** Opens a dialog, audits it, closes it with Esc. */
    private void dialog(String name, Runnable open) {
        open.run();
        audit(name, waitForDialog());
        closeDialog();
    }

    private Scene waitForDialog() {
        waitUntil("a dialog", () -> dialogWindow() != null);
        return dialogWindow().getScene();
    }

    private static Window dialogWindow() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.getOwner() != null && w.isShowing())
                .findFirst().orElse(null);
    }

    private void closeDialog() {
        robot.type(KeyCode.ESCAPE);
        waitUntil("the dialog closed", () -> dialogWindow() == null);
    }

    private void audit(String state) {
        audit(state, desk.stage.getScene());
    }

    /** The layout and names once, the contrast in each theme; the light theme again afterwards. */
    private void audit(String state, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> new ScreenAudit(scene, state, problems).layoutAndNames());
        if (!contrastThemes.isEmpty()) { // the focus look is the theme's too: checked with the contrast
            robot.interact(() -> new ScreenAudit(scene, state, problems).focusVisible());
        }
        for (String theme : contrastThemes) {
            robot.interact(() -> {
                Themes.apply(theme);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                new ScreenAudit(scene, state, problems).contrast(theme);
            });
        }
        robot.interact(() -> Themes.apply(Appearance.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
