package dev.waitlistdesk.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh sandbox portal for each test, in a folder of its own, without the rate limit:
 * {@code @RegisterExtension final RunningSandbox sandbox = new RunningSandbox();}
 */
public final class RunningSandbox implements BeforeEachCallback, AfterEachCallback {

    private Path folder;
    private SandboxServer server;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("sandbox-test");
        server = SandboxServer.start(SandboxConfig.defaults(folder.resolve("portal.json"))
                .withRateLimit(SandboxConfig.RateLimit.OFF));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    public SandboxServer server() {
        return server;
    }
}
