package dev.waitlistdesk.sandbox;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox portal alone, headless, until killed:
 * {@code --port N --data FILE --seed N --scale CONTACTS,WAITLIST[,COMPANIES] --reset --rate N --burst N --no-rate-limit}, and the
 * fault modes {@code --latency-ms N --html500-every N --reset-every N --slow-answers-ms N --client-set-appends}.
 * Prints the webhook URL and the OAuth details to use with curl or any Bitrix24 client.
 */
public final class SandboxMain {

    static final int DEFAULT_PORT = 8090;

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("waitlist-desk --sandbox: " + e.getMessage());
            System.err.println("Options: --port N (default " + DEFAULT_PORT + ", 0 = any free port), --data FILE,"
                    + " --seed N, --scale CONTACTS,WAITLIST[,COMPANIES], --reset, --rate N (requests/s, default 2),"
                    + " --burst N (default 50), --no-rate-limit;"
                    + " faults: --latency-ms N, --html500-every N, --reset-every N, --slow-answers-ms N,"
                    + " --client-set-appends");
            System.exit(2);
            return;
        }
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

    static SandboxConfig parse(String[] args) {
        SandboxConfig config = SandboxConfig.defaults(SandboxDirs.defaultDataFile()).withPort(DEFAULT_PORT);
        SandboxConfig.Faults faults = SandboxConfig.Faults.NONE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--sandbox":
                    break;
                case "--port":
                    config = config.withPort(number(args, ++i, arg));
                    break;
                case "--data":
                    Path file = Path.of(value(args, ++i, arg));
                    DataFile.refuseForeign(file); // never rename a user's folder or file
                    config = config.withDataFile(file);
                    break;
                case "--seed":
                    config = config.withSeed(number(args, ++i, arg));
                    break;
                case "--scale":
                    config = config.withScale(scale(value(args, ++i, arg)));
                    break;
                case "--reset":
                    config = config.withReset(true);
                    break;
                case "--rate":
                    String rate = value(args, ++i, arg);
                    try {
                        config = config.withRateLimit(new SandboxConfig.RateLimit(Double.parseDouble(rate),
                                config.rateLimit().burst(), true));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(arg + " needs a number of requests a second: " + rate);
                    }
                    break;
                case "--burst":
                    config = config.withRateLimit(new SandboxConfig.RateLimit(config.rateLimit().drainPerSecond(),
                            number(args, ++i, arg), true));
                    break;
                case "--no-rate-limit":
                    config = config.withRateLimit(SandboxConfig.RateLimit.OFF);
                    break;
                case "--latency-ms":
                    faults = new SandboxConfig.Faults(number(args, ++i, arg), faults.html500Every(),
                            faults.resetEvery(), faults.slowAnswersMillis(), faults.clientSetAppends());
                    break;
                case "--html500-every":
                    faults = new SandboxConfig.Faults(faults.latencyMillis(), number(args, ++i, arg),
                            faults.resetEvery(), faults.slowAnswersMillis(), faults.clientSetAppends());
                    break;
                case "--reset-every":
                    faults = new SandboxConfig.Faults(faults.latencyMillis(), faults.html500Every(),
                            number(args, ++i, arg), faults.slowAnswersMillis(), faults.clientSetAppends());
                    break;
                case "--slow-answers-ms":
                    faults = new SandboxConfig.Faults(faults.latencyMillis(), faults.html500Every(),
                            faults.resetEvery(), number(args, ++i, arg), faults.clientSetAppends());
                    break;
                case "--client-set-appends":
                    faults = new SandboxConfig.Faults(faults.latencyMillis(), faults.html500Every(),
                            faults.resetEvery(), faults.slowAnswersMillis(), true);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return config.withFaults(faults);
    }

    private static SandboxConfig.Scale scale(String text) {
        String[] parts = text.split(",");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("--scale wants CONTACTS,WAITLIST[,COMPANIES], e.g. 100000,10000");
        }
        int contacts = parseInt(parts[0], "--scale");
        int waitlist = parseInt(parts[1], "--scale");
        int companies = parts.length == 3 ? parseInt(parts[2], "--scale") : Math.max(1, contacts / 10);
        return new SandboxConfig.Scale(contacts, companies, waitlist);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int number(String[] args, int index, String option) {
        return parseInt(value(args, index, option), option);
    }

    private static int parseInt(String text, String option) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " wants a whole number of 0 or more, not '" + text + "'");
        }
    }
}
