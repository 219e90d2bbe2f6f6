package dev.waitlistdesk.app;

import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxMain;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * The launcher's one command line, for every mode: the desk (no options), {@code --sandbox} and its
 * options, {@code --check-portal}, {@code --startup-probe}; {@code --help} and {@code --version}.
 * picocli reads it and writes the help; a wrong option is a {@link ParameterException} with the reason.
 */
@Command(name = "waitlist-desk", mixinStandardHelpOptions = true, versionProvider = Launch.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "The Bitrix24 Booking waitlist for the front desk. Without options it opens the desk "
                + "window: on the portal set up in Settings, or in the machine-wide connection, else on the "
                + "built-in practice portal.",
        footer = {"", "Examples:",
                "  waitlist-desk --check-portal https://<portal>/rest/1/<code>/ --write-test",
                "  waitlist-desk --sandbox --port 8090 --latency-ms 300",
                "Exit status: 0 ok, 1 the check or the start failed, 2 a wrong command line."})
final class Launch {

    @Option(names = "--check-portal", order = 1,
            description = "Check a portal headless and exit: 0 when the desk will work with it, 1 otherwise. "
                    + "Without WEBHOOK_URL it checks the connection this desk would use.")
    boolean checkPortal;

    @Option(names = "--write-test", order = 2,
            description = "With --check-portal: also create a scratch waitlist record, set clients, read back, delete it.")
    boolean writeTest;

    @Parameters(arity = "0..1", paramLabel = "WEBHOOK_URL",
            description = "With --check-portal: the incoming webhook to check, https://<portal>/rest/<user>/<code>/")
    String webhookUrl;

    @Option(names = "--sandbox", order = 3,
            description = "Run the practice portal alone, headless, on 127.0.0.1 until stopped (Ctrl+C).")
    boolean sandbox;

    @ArgGroup(exclusive = false, heading = "%nPractice portal options (with --sandbox):%n", order = 4)
    SandboxOptions sandboxOptions;

    @Option(names = "--startup-probe", order = 5,
            description = "Open the desk, print the times to its first frame and to the visible list, exit.")
    boolean startupProbe;

    /** The options of {@code --sandbox}; null fields were not given. */
    static final class SandboxOptions {
        @Option(names = "--port", paramLabel = "N", description = "port on 127.0.0.1 (default 8090; 0: any free one)")
        Integer port;
        @Option(names = "--data", paramLabel = "FILE", description = "the data file (default: in the data folder)")
        Path data;
        @Option(names = "--seed", paramLabel = "N", description = "seed of the demo data")
        Integer seed;
        @Option(names = "--scale", paramLabel = "CONTACTS,WAITLIST[,COMPANIES]", description = "amount of demo data")
        String scale;
        @Option(names = "--reset", description = "start again from fresh demo data")
        boolean reset;
        @Option(names = "--rate", paramLabel = "N", description = "requests a second the bucket drains (default 2)")
        Double rate;
        @Option(names = "--burst", paramLabel = "N", description = "requests the bucket holds (default 50)")
        Integer burst;
        @Option(names = "--no-rate-limit", description = "answer every request at once")
        boolean noRateLimit;
        @Option(names = "--latency-ms", paramLabel = "N", description = "fault: answer each request N ms late")
        Integer latencyMs;
        @Option(names = "--html500-every", paramLabel = "N", description = "fault: every Nth answer an HTML 500 page")
        Integer html500Every;
        @Option(names = "--reset-every", paramLabel = "N", description = "fault: cut every Nth connection")
        Integer resetEvery;
        @Option(names = "--slow-answers-ms", paramLabel = "N", description = "fault: hold each answer N ms mid-way")
        Integer slowAnswersMs;
        @Option(names = "--client-set-appends", description = "fault: client.set adds instead of replacing")
        boolean clientSetAppends;
    }

    /** What to run. */
    enum Mode { DESK, SANDBOX, CHECK_PORTAL, HELP, VERSION }

    private CommandLine line;
    private SandboxConfig sandboxConfig;

    /**
     * Reads the arguments.
     *
     * @throws ParameterException for an unknown option, a bad value, or options of another mode
     */
    static Launch parse(String... args) {
        Launch launch = new Launch();
        launch.line = new CommandLine(launch);
        launch.line.parseArgs(args);
        launch.validate();
        return launch;
    }

    Mode mode() {
        if (line.isUsageHelpRequested()) {
            return Mode.HELP;
        }
        if (line.isVersionHelpRequested()) {
            return Mode.VERSION;
        }
        return sandbox ? Mode.SANDBOX : checkPortal ? Mode.CHECK_PORTAL : Mode.DESK;
    }

    private void validate() {
        if (sandbox && checkPortal) {
            throw error("--sandbox and --check-portal are two modes; give one");
        }
        if (startupProbe && (sandbox || checkPortal)) {
            throw error("--startup-probe measures the desk window; it does not go with --sandbox or --check-portal");
        }
        if (!checkPortal && (writeTest || webhookUrl != null)) {
            throw error(writeTest ? "--write-test goes with --check-portal"
                    : "unexpected argument " + webhookUrl + " (a webhook URL goes after --check-portal)");
        }
        if (!sandbox && sandboxOptions != null) {
            throw error("the practice portal's options (--port, --data, ...) go with --sandbox");
        }
        if (sandbox) {
            sandboxConfig = readSandboxConfig();
        }
    }

    Optional<String> webhookUrl() {
        return Optional.ofNullable(webhookUrl);
    }

    /** With {@code --sandbox}: the practice portal's settings. */
    SandboxConfig sandboxConfig() {
        return sandboxConfig;
    }

    /** The defaults of {@link SandboxMain} with the options given. */
    private SandboxConfig readSandboxConfig() {
        SandboxConfig config = SandboxMain.defaults();
        SandboxOptions o = sandboxOptions;
        if (o == null) {
            return config;
        }
        if (o.port != null) {
            config = config.withPort(atLeastZero(o.port, "--port"));
        }
        if (o.data != null) {
            try {
                SandboxMain.checkDataFile(o.data);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
            config = config.withDataFile(o.data);
        }
        if (o.seed != null) {
            config = config.withSeed(o.seed);
        }
        if (o.scale != null) {
            config = config.withScale(scale(o.scale));
        }
        config = config.withReset(o.reset);
        if (o.noRateLimit) {
            config = config.withRateLimit(SandboxConfig.RateLimit.OFF);
        }
        if (o.rate != null || o.burst != null) {
            if (o.rate != null && !(o.rate > 0) || o.burst != null && o.burst < 1) {
                throw error("--rate and --burst want a number above 0");
            }
            SandboxConfig.RateLimit limit = config.rateLimit();
            config = config.withRateLimit(new SandboxConfig.RateLimit(o.rate != null ? o.rate : limit.drainPerSecond(),
                    o.burst != null ? o.burst : limit.burst(), true));
        }
        return config.withFaults(new SandboxConfig.Faults(
                atLeastZero(o.latencyMs, "--latency-ms"), atLeastZero(o.html500Every, "--html500-every"),
                atLeastZero(o.resetEvery, "--reset-every"), atLeastZero(o.slowAnswersMs, "--slow-answers-ms"),
                o.clientSetAppends));
    }

    private SandboxConfig.Scale scale(String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length < 2 || parts.length > 3) {
                throw new NumberFormatException();
            }
            int contacts = atLeastZero(Integer.parseInt(parts[0].strip()), "--scale");
            int waitlist = atLeastZero(Integer.parseInt(parts[1].strip()), "--scale");
            int companies = parts.length == 3 ? atLeastZero(Integer.parseInt(parts[2].strip()), "--scale")
                    : Math.max(1, contacts / 10);
            return new SandboxConfig.Scale(contacts, companies, waitlist);
        } catch (NumberFormatException e) {
            throw error("--scale wants CONTACTS,WAITLIST[,COMPANIES], e.g. 100000,10000");
        }
    }

    private int atLeastZero(Integer value, String option) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            throw error(option + " wants a whole number of 0 or more, not " + value);
        }
        return value;
    }

    private ParameterException error(String message) {
        return new ParameterException(line, message);
    }

    /** The help text, as {@code --help} prints it. */
    String usage() {
        return line.getUsageMessage();
    }

    /** {@code --version}: the app's version, and the Java it runs on. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Waitlist Desk " + AppVersion.get(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
