package dev.waitlistdesk.app;

import dev.waitlistdesk.bitrix.Http;
import dev.waitlistdesk.bitrix.Json;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.check.PortalCheckCommand;
import dev.waitlistdesk.sandbox.SandboxMain;
import dev.waitlistdesk.settings.AppDirs;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import dev.waitlistdesk.settings.ConnectionSource;
import dev.waitlistdesk.settings.MachineConnection;
import java.io.IOException;
import java.util.Optional;
import javafx.application.Application;
import picocli.CommandLine.ParameterException;

/**
 * The launcher. It is not the Application class on purpose: the java launcher starts the JavaFX
 * toolkit before main() of an Application subclass, and the headless {@code --sandbox} and
 * {@code --check-portal} modes must run where there is no display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Company networks: Java asks the OS for its proxy only when told, and only before the first
        // connection; IT's extra certificate authorities sit beside the machine-wide settings.
        System.setProperty("java.net.useSystemProxies", System.getProperty("java.net.useSystemProxies", "true"));
        Http.trustAlso(MachineConnection.certificates());
        if (args.length == 0 || args.length == 1 && args[0].equals(StartupProbe.FLAG)) {
            startDesk(args); // the menu's start: no command-line parser on the window's path (docs/installers.md)
            return;
        }
        Launch launch;
        try {
            launch = Launch.parse(args);
        } catch (ParameterException e) {
            System.err.println("waitlist-desk: " + e.getMessage());
            System.err.println("See waitlist-desk --help");
            System.exit(2);
            return;
        }
        switch (launch.mode()) {
            case HELP -> System.out.print(launch.usage());
            case VERSION -> System.out.println(String.join(System.lineSeparator(), new Launch.Version().getVersion()));
            case SANDBOX -> {
                LogFile.install(AppDirs.dataDir());
                SandboxMain.run(launch.sandboxConfig());
            }
            case CHECK_PORTAL -> {
                LogFile.install(AppDirs.dataDir());
                System.exit(PortalCheckCommand.run(launch.webhookUrl(), launch.writeTest, Main::portalClient,
                        System.out));
            }
            case DESK -> startDesk(args);
        }
    }

    private static void startDesk(String[] args) {
        try {
            Optional<OneDesk> claim = OneDesk.claim(AppDirs.dataDir());
            if (claim.isEmpty()) {
                return; // another desk of this user is open and was asked to come forward
            }
            WaitlistDeskApp.oneDesk(claim.get());
        } catch (IOException e) {
            // a data folder that cannot be written: the desk starts anyway and says so where it writes
        }
        LogFile.install(AppDirs.dataDir());
        System.getLogger(Main.class.getName()).log(System.Logger.Level.INFO, "Waitlist Desk {0} starting on Java {1}, {2}",
                AppVersion.get(), System.getProperty("java.version"), System.getProperty("os.name"));
        WaitlistDeskApp.startBackend(); // side by side with the toolkit's start
        Application.launch(WaitlistDeskApp.class, args);
    }

    /**
     * The given webhook, or the connection the desk would use: its own, or IT's machine-wide one
     * (refreshed OAuth tokens are stored as usual).
     */
    static RestClient portalClient(Optional<String> webhookUrl) {
        if (webhookUrl.isPresent()) {
            return new RestClient(Portal.webhook(webhookUrl.get()), RestOptions.defaults());
        }
        ConnectionSettingsStore store = ConnectionSettingsStore.inConfigDir(Json.mapper());
        MachineConnection machine = MachineConnection.ofThisComputer(Json.mapper());
        Optional<ConnectionSource.Chosen> chosen = new ConnectionSource(store, machine).load();
        if (chosen.isEmpty()) {
            String why = store.setAside().map(aside -> "the stored connection was unreadable (kept aside as " + aside + ")")
                    .or(machine::problem)
                    .orElse("no portal given, none stored in " + store.file() + " nor in " + machine.file());
            throw new IllegalArgumentException(why
                    + "; give a webhook URL: --check-portal https://your-portal.bitrix24.com/rest/1/<code>/");
        }
        return Connections.client(chosen.get(), store, RestOptions.defaults());
    }
}
