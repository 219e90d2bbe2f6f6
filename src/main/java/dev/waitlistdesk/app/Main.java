package dev.waitlistdesk.app;

import dev.waitlistdesk.sandbox.SandboxMain;
import java.util.Arrays;
import javafx.application.Application;

/**
 * The launcher. It is not the Application class on purpose: the java launcher starts the JavaFX
 * toolkit before main() of an Application subclass, and the headless {@code --sandbox} mode must run
 * where there is no display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("--sandbox")) {
            SandboxMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        WaitlistDeskApp.startBackend(); // side by side with the toolkit's start
        Application.launch(WaitlistDeskApp.class, args);
    }
}
