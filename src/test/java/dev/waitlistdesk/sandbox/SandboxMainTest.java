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
    void theBannerNamesTheWebhookUrl() {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults(folder.resolve("p.json")))) {
            String banner = SandboxMain.banner(sandbox, SandboxConfig.defaults(folder.resolve("p.json")));
            assertTrue(banner.contains(sandbox.webhookUrl()));
            assertTrue(banner.contains(sandbox.clientSecret()));
        }
    }
}
