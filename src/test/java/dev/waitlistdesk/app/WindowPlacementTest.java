package dev.waitlistdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.desk.common.DeskFixture;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.settings.Appearance;
import dev.waitlistdesk.desk.settings.Themes;
import dev.waitlistdesk.settings.WindowPrefs;
import dev.waitlistdesk.settings.WindowPrefsStore;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's minimum size, first size, and its size, place and divider surviving a restart. */
class WindowPlacementTest {

    private final DeskFixture desk = DeskFixture.withoutWindow();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        desk.close();
    }

    private Stage open() throws Exception {
        Stage shown = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            DeskWindow window = new DeskWindow(stage, Texts.load(Locale.ENGLISH), DeskFixture.JSON, desk.executor,
                    desk.store, desk.dir, DeskFixture.OPTIONS,
                    () -> new RestClient(Portal.webhook(desk.sandbox.webhookUrl()), DeskFixture.OPTIONS));
            window.show(new RestClient(Portal.webhook(desk.sandbox.webhookUrl()), DeskFixture.OPTIONS), true);
            stage.show();
            return stage;
        }).get();
        WaitForAsyncUtils.waitForFxEvents(); // the minimum is set once the window shows
        return shown;
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
    }

    @Test
    void aFirstStartOpensAtTheDefaultSizeWithinTheScreenAndAMinimumSize() throws Exception {
        Stage stage = open();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(Math.min(960, screen.getWidth()), stage.getMinWidth());
        assertEquals(Math.min(640, screen.getHeight()), stage.getMinHeight());
        assertEquals(Math.min(1240, screen.getWidth() - WindowPlacement.FRAME_WIDTH), stage.getScene().getWidth(), 1);
        assertEquals(Math.min(760, screen.getHeight() - WindowPlacement.FRAME_HEIGHT), stage.getScene().getHeight(), 1);
    }

    @Test
    void aTooLargeSavedSizeIsClampedToTheScreen() throws Exception {
        new WindowPrefsStore(desk.dir.resolve("window.json"), DeskFixture.JSON)
                .save(new WindowPrefs("", "", 5000, 4000, 0.3));
        Stage stage = open();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getScene().getWidth() <= screen.getWidth(), "width " + stage.getScene().getWidth());
        assertTrue(stage.getScene().getHeight() <= screen.getHeight(), "height " + stage.getScene().getHeight());
    }

    @Test
    void sizePlaceAndDividerSurviveARestart() throws Exception {
        // given the receptionist resized and moved the window and dragged the divider
        Stage first = open();
        fx(() -> {
            first.setWidth(1010);
            first.setHeight(700);
            first.setX(7);
            first.setY(9);
            ((SplitPane) first.getScene().lookup("#mainSplit")).setDividerPositions(0.55);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double width = first.getScene().getWidth();
        double height = first.getScene().getHeight();
        double divider = ((SplitPane) first.getScene().lookup("#mainSplit")).getDividerPositions()[0];
        assertTrue(Math.abs(divider - 0.42) > 0.05, "the divider moved: " + divider);

        // when the window closes
        fx(first::hide);

        // then window.json holds it, and the next start opens the same way
        assertEquals(width, new WindowPrefsStore(desk.dir.resolve("window.json"), DeskFixture.JSON).load().width(), 1);
        assertTrue(width < 1240, "the resize reached the scene: " + width);
        Stage second = open();
        assertEquals(width, second.getScene().getWidth(), 1);
        assertEquals(height, second.getScene().getHeight(), 1);
        assertEquals(7, second.getX(), 1);
        assertEquals(9, second.getY(), 1);
        assertEquals(divider, ((SplitPane) second.getScene().lookup("#mainSplit")).getDividerPositions()[0], 0.01);
    }

    @Test
    void theDividerStaysWhereItWasWhenTheWindowManagerFirstMapsTheWindowTiny() throws Exception {
        // openbox now and then maps a JavaFX window at GTK's 200×200 and only then at its size: the desk's
        // first layout can fall in between
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Themes.apply(Appearance.LIGHT); // the app's look: its panes' minimum widths
            Stage tiny = new Stage();
            tiny.setScene(new Scene(new StackPane(), 200, 200));
            tiny.show();
            DeskWindow window = new DeskWindow(tiny, Texts.load(Locale.ENGLISH), DeskFixture.JSON, desk.executor,
                    desk.store, desk.dir, DeskFixture.OPTIONS,
                    () -> new RestClient(Portal.webhook(desk.sandbox.webhookUrl()), DeskFixture.OPTIONS));
            window.show(new RestClient(Portal.webhook(desk.sandbox.webhookUrl()), DeskFixture.OPTIONS), true);
            return tiny;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            stage.setWidth(1010);
            stage.setHeight(745);
        });
        WaitForAsyncUtils.waitForFxEvents();

        SplitPane split = (SplitPane) stage.getScene().lookup("#mainSplit");
        assertTrue(split.getWidth() > 900, "the window grew: " + split.getWidth());
        assertEquals(0.42, split.getDividerPositions()[0], 0.01);
    }

    @Test
    void aMaximisedWindowOpensMaximisedAndKeepsItsNormalSize() throws Exception {
        Stage first = open();
        fx(() -> first.setWidth(1000));
        fx(first::hide); // the normal size is remembered
        double normal = new WindowPrefsStore(desk.dir.resolve("window.json"), DeskFixture.JSON).load().width();
        Stage second = open();
        fx(() -> second.setMaximized(true));
        fx(second::hide);

        WindowPrefs saved = new WindowPrefsStore(desk.dir.resolve("window.json"), DeskFixture.JSON).load();
        assertTrue(saved.maximized());
        assertEquals(normal, saved.width(), 1);
        Stage third = open();
        assertTrue(third.isMaximized());
    }
}
