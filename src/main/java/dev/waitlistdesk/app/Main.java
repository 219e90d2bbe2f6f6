package dev.waitlistdesk.app;

import dev.waitlistdesk.bitrix.Json;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.check.PortalCheckCommand;
import dev.waitlistdesk.sandbox.SandboxMain;
import dev.waitlistdesk.settings.ConnectionSettings;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import java.util.Arrays;
import java.util.Optional;
import javafx.application.Application;

/**
 * The launcher. It is not the Application class on purpose: the java launcher starts the JavaFX
 * toolkit before main() of an Application subclass, and the headless {@code --sandbox} and
 * {@code --check-portal} modes must run where there is no display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("--sandbox")) {
            SandboxMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("--check-portal")) {
            System.exit(PortalCheckCommand.run(Arrays.copyOfRange(args, 1, args.length), Main::portalClient,
                    System.out));
        }
        WaitlistDeskApp.startBackend(); // side by side with the toolkit's start
        Application.launch(WaitlistDeskApp.class, args);
    }

    /** The given webhook, or the stored connection (refreshed OAuth tokens are stored as usual). */
    static RestClient portalClient(Optional<String> webhookUrl) {
        if (webhookUrl.isPresent()) {
            return new RestClient(Portal.webhook(webhookUrl.get()), RestOptions.defaults());
        }
        ConnectionSettingsStore store = ConnectionSettingsStore.inConfigDir(Json.mapper());
        Optional<ConnectionSettings> settings = store.load();
        if (settings.isEmpty()) {
            throw new IllegalArgumentException(store.setAside()
                    .map(aside -> "the stored connection was unreadable (kept aside as " + aside + ")")
                    .orElse("no portal given and none stored in " + store.file())
                    + "; give a webhook URL: --check-portal https://your-portal.bitrix24.com/rest/1/<code>/");
        }
        return Connections.client(settings.get(), store, RestOptions.defaults());
    }
}
