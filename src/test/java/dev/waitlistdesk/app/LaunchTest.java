package dev.waitlistdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParameterException;

/** One command line for every mode: what each option becomes, and what a wrong one says. */
class LaunchTest {

    @TempDir
    Path folder;

    private static String refusal(String... args) {
        return assertThrows(ParameterException.class, () -> Launch.parse(args)).getMessage();
    }

    @Test
    void noArgumentsOpenTheDesk() {
        assertEquals(Launch.Mode.DESK, Launch.parse().mode());
        Launch probe = Launch.parse("--startup-probe");
        assertEquals(Launch.Mode.DESK, probe.mode());
        assertTrue(probe.startupProbe);
    }

    @Test
    void sandboxOptionsBecomeItsConfig() {
        Launch launch = Launch.parse("--sandbox", "--port", "9001", "--data", folder.resolve("x.json").toString(),
                "--seed", "5", "--scale", "100000,10000", "--reset", "--no-rate-limit", "--latency-ms", "40",
                "--html500-every", "3", "--reset-every", "4", "--slow-answers-ms", "500", "--client-set-appends");

        SandboxConfig config = launch.sandboxConfig();
        assertEquals(Launch.Mode.SANDBOX, launch.mode());
        assertEquals(9001, config.port());
        assertEquals(folder.resolve("x.json"), config.dataFile());
        assertEquals(5, config.seed());
        assertEquals(new SandboxConfig.Scale(100_000, 10_000, 10_000), config.scale());
        assertTrue(config.reset());
        assertFalse(config.rateLimit().enabled());
        assertEquals(new SandboxConfig.Faults(40, 3, 4, 500, true), config.faults());
    }

    @Test
    void rateAndBurstSetThePracticePortalsBucket() {
        assertEquals(new SandboxConfig.RateLimit(0.5, 10, true),
                Launch.parse("--sandbox", "--rate", "0.5", "--burst", "10").sandboxConfig().rateLimit());
        assertEquals(new SandboxConfig.RateLimit(2, 50, true),
                Launch.parse("--sandbox", "--burst", "50").sandboxConfig().rateLimit());
        assertThrows(picocli.CommandLine.ParameterException.class,
                () -> Launch.parse("--sandbox", "--rate", "0").sandboxConfig());
    }

    @Test
    void theSandboxAloneIsPort8090WithDemoDataAndNoFaults() {
        SandboxConfig config = Launch.parse("--sandbox").sandboxConfig();

        assertEquals(8090, config.port());
        assertEquals(SandboxConfig.Scale.DEMO, config.scale());
        assertTrue(config.rateLimit().enabled());
        assertEquals(SandboxConfig.Faults.NONE, config.faults());
    }

    @Test
    void checkPortalTakesAnOptionalAddressAndTheWriteTest() {
        Launch stored = Launch.parse("--check-portal");
        assertEquals(Launch.Mode.CHECK_PORTAL, stored.mode());
        assertEquals(Optional.empty(), stored.webhookUrl());
        assertFalse(stored.writeTest);

        Launch given = Launch.parse("--check-portal", "https://p.bitrix24.com/rest/1/abc/", "--write-test");
        assertEquals(Optional.of("https://p.bitrix24.com/rest/1/abc/"), given.webhookUrl());
        assertTrue(given.writeTest);
    }

    @Test
    void wrongCommandLinesSayWhatIsWrong() throws IOException {
        assertTrue(refusal("--fast").contains("Unknown option: '--fast'"), refusal("--fast"));
        assertTrue(refusal("--sandbox", "--port", "x").contains("'x' is not an int"), refusal("--sandbox", "--port", "x"));
        assertEquals("--reset-every wants a whole number of 0 or more, not -1",
                refusal("--sandbox", "--reset-every", "-1"));
        assertEquals("--scale wants CONTACTS,WAITLIST[,COMPANIES], e.g. 100000,10000",
                refusal("--sandbox", "--scale", "many"));
        assertEquals("the practice portal's options (--port, --data, ...) go with --sandbox", refusal("--port", "1"));
        assertEquals("--write-test goes with --check-portal", refusal("--write-test"));
        assertEquals("--sandbox and --check-portal are two modes; give one", refusal("--sandbox", "--check-portal"));
        assertTrue(refusal("https://p.bitrix24.com/rest/1/abc/").contains("goes after --check-portal"));
        assertTrue(refusal("--startup-probe", "--sandbox").contains("measures the desk window"));
        Path photos = Files.createDirectory(folder.resolve("photos"));
        assertTrue(refusal("--sandbox", "--data", photos.toString()).contains("is a folder"));
    }

    @Test
    void helpNamesEveryOptionOfEveryMode() {
        Launch launch = Launch.parse("--help");
        assertEquals(Launch.Mode.HELP, launch.mode());
        String usage = launch.usage();
        for (String option : List.of("--help", "--version", "--check-portal", "WEBHOOK_URL", "--write-test",
                "--sandbox", "--port", "--data", "--seed", "--scale", "--reset", "--no-rate-limit", "--latency-ms",
                "--html500-every", "--reset-every", "--slow-answers-ms", "--client-set-appends", "--startup-probe")) {
            assertTrue(usage.contains(option), option + " in\n" + usage);
        }
    }

    /** The launcher itself, as IT runs it: what it prints and its exit status. */
    @Test
    void theLauncherPrintsTheVersionAndRefusesABadOptionWithStatus2() throws Exception {
        Run version = launcher("--version");
        assertEquals(0, version.status, version.output);
        assertTrue(version.output.startsWith("Waitlist Desk " + AppVersion.get()), version.output);
        assertFalse(AppVersion.get().contains("${"), "the build filled in the version: " + AppVersion.get());

        Run bad = launcher("--sandbox", "--prot", "8090");
        assertEquals(2, bad.status, bad.output);
        assertTrue(bad.output.contains("Unknown option: '--prot'"), bad.output);
        assertTrue(bad.output.contains("--help"), bad.output);
    }

    private record Run(int status, String output) {
    }

    private Run launcher(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dwaitlistdesk.dataDir=" + folder,
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher ended");
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
