package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxMainTest {

    @TempDir
    Path folder;

    @Test
    void flagsBecomeTheConfig() {
        SandboxConfig config = SandboxMain.parse(new String[] {"--sandbox", "--port", "9001", "--data",
            folder.resolve("x.json").toString(), "--seed", "5", "--scale", "100000,10000", "--reset", "--no-rate-limit"});

        assertEquals(9001, config.port());
        assertEquals(folder.resolve("x.json"), config.dataFile());
        assertEquals(5, config.seed());
        assertEquals(new SandboxConfig.Scale(100_000, 10_000, 10_000), config.scale());
        assertTrue(config.reset());
        assertFalse(config.rateLimit().enabled());
    }

    @Test
    void defaultsArePort8090AndTheDataFolder() {
        SandboxConfig config = SandboxMain.parse(new String[0]);

        assertEquals(8090, config.port());
        assertEquals(SandboxDirs.FILE_NAME, config.dataFile().getFileName().toString());
        assertEquals(SandboxConfig.Scale.DEMO, config.scale());
        assertTrue(config.rateLimit().enabled());
    }

    @Test
    void badFlagsSayWhatIsWrong() {
        assertEquals("--port wants a whole number of 0 or more, not 'x'",
                assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--port", "x"})).getMessage());
        assertEquals("unknown option --fast",
                assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[] {"--fast"})).getMessage());
    }

    @Test
    void theBannerNamesTheWebhookUrl() {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults(folder.resolve("p.json")))) {
            String banner = SandboxMain.banner(sandbox, SandboxConfig.defaults(folder.resolve("p.json")));
            assertTrue(banner.contains(sandbox.webhookUrl()));
            assertTrue(banner.contains(sandbox.clientSecret()));
        }
    }
}
