package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox killed (SIGKILL) in the middle of saving keeps a whole file with every answered change. */
class KilledProcessTest {

    @TempDir
    Path folder;

    @Test
    void killedWhileWritingTheFileIsWholeAndHoldsEveryAcknowledgedChange() throws Exception {
        Path file = folder.resolve("portal.json");
        Process sandbox = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.waitlistdesk.app.Main",
                "--sandbox", "--port", "0", "--data", file.toString(), "--scale", "20000,100", "--no-rate-limit")
                .redirectErrorStream(true).start();
        try {
            String webhook = webhookUrl(sandbox);
            List<Long> acknowledged = new CopyOnWriteArrayList<>();
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    try {
                        RestCall.Reply reply = RestCall.postJson(webhook + "booking.v1.waitlist.add",
                                "{\"fields\":{\"note\":\"acked " + i + "\"}}");
                        acknowledged.add(reply.result().get("id").asLong());
                    } catch (RuntimeException connectionGone) {
                        return;
                    }
                }
            });
            writer.start();
            while (acknowledged.size() < 20) {
                Thread.sleep(10);
            }

            sandbox.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            writer.join(10_000);

            try (SandboxServer again = SandboxServer.start(SandboxConfig.defaults(file))) {
                for (long id : acknowledged) {
                    assertTrue(again.data().waitlist(id).isPresent(), "acknowledged record " + id + " was lost");
                }
                assertEquals(20_000, again.data().contactCount(), "the file was read, not seeded again");
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of("portal.json"), files.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
            }
        } finally {
            sandbox.destroyForcibly();
        }
    }

    private static String webhookUrl(Process sandbox) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.trim().startsWith("webhook URL:")) {
                return line.substring(line.indexOf("http"));
            }
        }
        throw new AssertionError("The sandbox printed no webhook URL");
    }
}
