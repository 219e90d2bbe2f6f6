package dev.waitlistdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class StartupProbeTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final AtomicInteger exits = new AtomicInteger();
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeStage() throws Exception {
        if (stage != null) {
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void withTheFlagItReportsTheFirstFrameOnceAndExits() throws Exception {
        // given a stage probed with the flag
        CountDownLatch exited = new CountDownLatch(1);
        showStage(List.of("--startup-probe"), () -> {
            exits.incrementAndGet();
            exited.countDown();
        });

        // when its first frame has been shown
        assertTrue(exited.await(10, TimeUnit.SECONDS), "the probe should ask to exit after the first frame");
        WaitForAsyncUtils.waitForFxEvents();

        // then one line tells the time since JVM start, and the exit was asked for once
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("first frame after \\d+ ms \\(JVM start to Stage shown\\)"), lines.get(0));
        assertEquals(1, exits.get());
    }

    @Test
    void itReportsTheListOnceItsFirstRowIsOnScreen() throws Exception {
        // given a window that shows a loading label first, probed with the flag
        CountDownLatch exited = new CountDownLatch(1);
        stage = FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new Label("loading"), 300, 200));
            StartupProbe.attach(s, List.of("--startup-probe"), lines::add, exited::countDown, true);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, lines.size(), "only the first frame so far: " + lines);

        // when the real view replaces it and its table gets a row
        TableView<String> table = new TableView<>();
        table.setId("waitlistTable");
        TableColumn<String, String> column = new TableColumn<>("note");
        column.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()));
        table.getColumns().add(column);
        FxToolkit.setupFixture(() -> stage.getScene().setRoot(table));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, lines.size(), "an empty table is not a visible list: " + lines);
        FxToolkit.setupFixture(() -> table.getItems().add("record 1"));

        // then the list is reported once, and the probe exits
        assertTrue(exited.await(10, TimeUnit.SECONDS), "the probe should ask to exit after the list");
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).matches("list visible after \\d+ ms \\(JVM start to the first rows laid out\\)"),
                lines.get(1));
    }

    @Test
    void withoutTheFlagItStaysSilent() throws Exception {
        showStage(List.of("--other"), exits::incrementAndGet);
        WaitForAsyncUtils.waitForFxEvents(5);

        assertEquals(List.of(), lines);
        assertEquals(0, exits.get());
    }

    @Test
    void theWindowIconsAreAllOnTheModulePath() throws Exception {
        List<javafx.scene.image.Image> icons = FxToolkit.setupFixture(AppIcons::load);

        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0), icons.stream().map(i -> i.getWidth()).toList());
    }

    private void showStage(List<String> args, Runnable exit) throws Exception {
        stage = FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new Label("probe"), 200, 100));
            StartupProbe.attach(s, args, lines::add, exit, false);
            s.show();
        });
    }
}
