package dev.waitlistdesk.baseline;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The start-up baseline of jlink-config/measure-startup.sh: a bare JavaFX window with one Label, as large as the app's,
 * measured like the app's {@code --startup-probe} (JVM start to the end of the first pulse after
 * WINDOW_SHOWN), then it exits. Its own package, outside the app module, so it also runs on the class
 * path of the app's runtime image: {@code <image>/bin/java -cp target/test-classes dev.waitlistdesk.baseline.BareWindow}.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Waitlist Desk"), 1240, 760);
        stage.setScene(scene);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    scene.removePostLayoutPulseListener(this);
                    System.out.printf("first frame after %d ms (JVM start to Stage shown)%n", millis);
                    Platform.runLater(Platform::exit);
                }
            });
            Platform.requestNextPulse();
        });
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
