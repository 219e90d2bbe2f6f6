package dev.waitlistdesk;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Application and composition root: builds the objects, nothing else. */
public final class WaitlistDeskApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Waitlist Desk");
        AppIcons.addTo(stage);
        StartupProbe.attach(stage, getParameters().getRaw());
        stage.setScene(new Scene(new Label("Waitlist Desk"), 960, 640));
        stage.show();
    }

    public static void main(String[] args) {
        launch(WaitlistDeskApp.class, args);
    }
}
