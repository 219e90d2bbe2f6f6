package dev.waitlistdesk.sandbox;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start the sandbox portal. Start from {@link #defaults(Path)} and change what you need with
 * the {@code with...} methods.
 *
 * @param dataFile  the one file that holds the portal's data (created and seeded when absent)
 * @param port      the loopback port to listen on; 0 picks a free one
 * @param seed      makes the demo data the same on every first start
 * @param scale     how much demo data a first start (or a reset) creates
 * @param rateLimit the leaky bucket every REST request goes through
 * @param reset     throw the data away and seed again (the webhook code and OAuth app are kept)
 * @param faults    fault modes switched on at start (the command line's {@code --latency-ms} and the rest)
 */
public record SandboxConfig(Path dataFile, int port, long seed, Scale scale, RateLimit rateLimit, boolean reset,
                            Faults faults) {

    /**
     * Fault modes to start with; {@link SandboxServer#faults()} changes them while running.
     *
     * @param latencyMillis     every answer waits this long first
     * @param html500Every      every n-th REST request gets an HTML 500 page, unexecuted (0 = off)
     * @param resetEvery        every n-th REST request is executed, then its connection cut (0 = off)
     * @param slowAnswersMillis executed, then the answer is held back this long
     * @param clientSetAppends  client.set adds to the list instead of replacing it (a test aid)
     */
    public record Faults(long latencyMillis, int html500Every, int resetEvery, long slowAnswersMillis,
                         boolean clientSetAppends) {

        public static final Faults NONE = new Faults(0, 0, 0, 0, false);

        public Faults {
            if (latencyMillis < 0 || html500Every < 0 || resetEvery < 0 || slowAnswersMillis < 0) {
                throw new IllegalArgumentException("Fault settings cannot be negative");
            }
        }

        void applyTo(SandboxFaults target) {
            target.latency(latencyMillis).html500Every(html500Every).resetEvery(resetEvery)
                    .slowAnswers(slowAnswersMillis).clientSetAppends(clientSetAppends);
        }
    }

    /** How many records the demo data has. */
    public record Scale(int contacts, int companies, int waitlist) {

        public static final Scale DEMO = new Scale(2_000, 200, 30);
        public static final Scale BENCHMARK = new Scale(100_000, 10_000, 10_000);

        public Scale {
            if (contacts < 0 || companies < 0 || waitlist < 0) {
                throw new IllegalArgumentException("Counts of demo records cannot be negative");
            }
        }
    }

    /** The leaky bucket: it drains {@code drainPerSecond}, and a request finding it at {@code burst} gets 503. */
    public record RateLimit(double drainPerSecond, int burst, boolean enabled) {

        /** The documented cloud limit of every plan but Enterprise. */
        public static final RateLimit STANDARD = new RateLimit(2, 50, true);
        public static final RateLimit OFF = new RateLimit(2, 50, false);

        public RateLimit {
            if (enabled && (drainPerSecond <= 0 || burst < 1)) {
                throw new IllegalArgumentException("A rate limit needs a positive drain rate and burst");
            }
        }
    }

    /** Without faults. */
    public SandboxConfig(Path dataFile, int port, long seed, Scale scale, RateLimit rateLimit, boolean reset) {
        this(dataFile, port, seed, scale, rateLimit, reset, Faults.NONE);
    }

    public SandboxConfig {
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(dataFile, "dataFile");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(rateLimit, "rateLimit");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Port must be between 0 and 65535: " + port);
        }
    }

    /** A free port, seed 1, the demo scale, the standard rate limit, keep existing data. */
    public static SandboxConfig defaults(Path dataFile) {
        return new SandboxConfig(dataFile, 0, 1, Scale.DEMO, RateLimit.STANDARD, false);
    }

    public SandboxConfig withPort(int newPort) {
        return new SandboxConfig(dataFile, newPort, seed, scale, rateLimit, reset, faults);
    }

    public SandboxConfig withSeed(long newSeed) {
        return new SandboxConfig(dataFile, port, newSeed, scale, rateLimit, reset, faults);
    }

    public SandboxConfig withScale(Scale newScale) {
        return new SandboxConfig(dataFile, port, seed, newScale, rateLimit, reset, faults);
    }

    public SandboxConfig withRateLimit(RateLimit newLimit) {
        return new SandboxConfig(dataFile, port, seed, scale, newLimit, reset, faults);
    }

    public SandboxConfig withReset(boolean newReset) {
        return new SandboxConfig(dataFile, port, seed, scale, rateLimit, newReset, faults);
    }

    public SandboxConfig withDataFile(Path newDataFile) {
        return new SandboxConfig(newDataFile, port, seed, scale, rateLimit, reset, faults);
    }

    public SandboxConfig withFaults(Faults newFaults) {
        return new SandboxConfig(dataFile, port, seed, scale, rateLimit, reset, newFaults);
    }
}
