package dev.waitlistdesk.sandbox;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox portal alone, headless, until killed ({@code waitlist-desk --sandbox}; its options are
 * read by the launcher). Prints the webhook URL and the OAuth details to use with curl or any Bitrix24 client.
 */
public final class SandboxMain {

    static final int DEFAULT_PORT = 8090;

    private SandboxMain() {
    }

    /** The practice portal on its own: port 8090, the data file in the user's data folder. */
    public static SandboxConfig defaults() {
        return SandboxConfig.defaults(SandboxDirs.defaultDataFile()).withPort(DEFAULT_PORT);
    }

    /**
     * Refuses a data file given on the command line that is not the practice portal's: a folder, or
     * someone's own file, is never renamed or overwritten.
     *
     * @throws IllegalArgumentException in plain words, without quoting the file
     */
    public static void checkDataFile(Path file) {
        DataFile.refuseForeign(file);
    }

    /** Runs the practice portal until the process is stopped; the launcher reads the options (app.Launch). */
    public static void run(SandboxConfig config) throws InterruptedException {
        SandboxServer sandbox;
        try {
            sandbox = SandboxServer.start(config);
        } catch (RuntimeException e) {
            System.err.println("The sandbox portal could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
        System.out.println(banner(sandbox, config));
        new CountDownLatch(1).await();
    }

    static String banner(SandboxServer sandbox, SandboxConfig config) {
        SandboxData data = sandbox.data();
        return "Waitlist Desk sandbox portal (a local stand-in for Bitrix24; not a real portal)\n"
                + "  data file:     " + data.file() + "\n"
                + "  data:          " + data.waitlistCount() + " waitlist records, " + data.contactCount()
                + " contacts, " + data.companyCount() + " companies\n"
                + "  rate limit:    " + (config.rateLimit().enabled() ? config.rateLimit().drainPerSecond()
                + " requests/s, burst " + config.rateLimit().burst() : "off") + "\n"
                + faults(config.faults())
                + "  webhook URL:   " + sandbox.webhookUrl() + "\n"
                + "  OAuth REST:    " + sandbox.oauthEndpoint() + "  (send \"auth\": the access token)\n"
                + "  access token:  " + sandbox.accessToken() + "\n"
                + "  refresh token: " + sandbox.refreshToken() + "\n"
                + "  client id:     " + sandbox.clientId() + "\n"
                + "  client secret: " + sandbox.clientSecret() + "\n"
                + "  token refresh: " + sandbox.tokenEndpoint() + "?grant_type=refresh_token&client_id=..."
                + "&client_secret=...&refresh_token=...\n"
                + "Try: curl -s '" + sandbox.webhookUrl() + "booking.v1.waitlist.list'\n"
                + "Stop with Ctrl+C.";
    }

    private static String faults(SandboxConfig.Faults faults) {
        if (faults.equals(SandboxConfig.Faults.NONE)) {
            return "";
        }
        return "  faults:        latency " + faults.latencyMillis() + " ms, HTML 500 every " + faults.html500Every()
                + ", connection cut every " + faults.resetEvery() + ", answers held " + faults.slowAnswersMillis()
                + " ms" + (faults.clientSetAppends() ? ", client.set appends" : "") + " (0 = off)\n";
    }
}
