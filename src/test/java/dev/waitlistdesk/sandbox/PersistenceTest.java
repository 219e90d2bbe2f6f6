package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @TempDir
    Path folder;

    SandboxConfig config() {
        return SandboxConfig.defaults(folder.resolve("data/portal.json")).withRateLimit(SandboxConfig.RateLimit.OFF);
    }

    @Test
    void changesOverHttpSurviveARestartWithTheSameCredentials() {
        String webhook;
        long id;
        try (SandboxServer sandbox = SandboxServer.start(config())) {
            webhook = sandbox.webhookUrl().replaceAll("http://127.0.0.1:\\d+", "");
            id = RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.add", "{\"fields\":{\"note\":\"Kept\"}}")
                    .result().get("id").asLong();
            RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set",
                    "{\"waitListId\":" + id + ",\"clients\":[{\"id\":5,\"type\":{\"module\":\"crm\",\"code\":\"COMPANY\"}}]}");
        }

        try (SandboxServer again = SandboxServer.start(config())) {
            assertEquals(webhook, again.webhookUrl().replaceAll("http://127.0.0.1:\\d+", ""));
            RestCall.Reply record = RestCall.get(again.webhookUrl() + "booking.v1.waitlist.get?id=" + id);
            assertEquals("Kept", record.result().get("waitList").get("note").asText());
            assertEquals(List.of(Client.company(5)), again.data().waitlist(id).orElseThrow().clients());
        }
    }

    @Test
    void eightThreadsWritingAtOnceLoseNothing() throws Exception {
        int threads = 8;
        int perThread = 25;
        try (SandboxServer sandbox = SandboxServer.start(config())) {
            int before = sandbox.data().waitlistCount();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        long id = RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.add",
                                "{\"fields\":{\"note\":\"t" + thread + "-" + i + "\"}}").result().get("id").asLong();
                        RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set", "{\"waitListId\":"
                                + id + ",\"clients\":[{\"id\":" + (thread + 1) + ",\"type\":{\"module\":\"crm\",\"code\":\"CONTACT\"}}]}");
                        ids.add(id);
                    }
                    return ids;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            pool.shutdown();

            assertEquals(threads * perThread, all.stream().distinct().count(), "every add got its own id");
            assertEquals(before + threads * perThread, sandbox.data().waitlistCount());
            for (long id : all) {
                assertEquals(1, sandbox.data().waitlist(id).orElseThrow().clients().size());
            }
        }
        try (SandboxServer again = SandboxServer.start(config())) {
            assertEquals(threads * perThread, again.data().waitlist().stream()
                    .filter(entry -> entry.note() != null && entry.note().matches("t\\d-\\d+"))
                    .filter(entry -> entry.clients().size() == 1).count(), "all of it on disk");
        }
    }

    @Test
    void theFileIsOwnerOnlyAndNoTemporaryFileStaysBehind() throws IOException {
        try (SandboxServer sandbox = SandboxServer.start(config())) {
            sandbox.data().addWaitlist("one more");
        }
        Path file = folder.resolve("data/portal.json");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of("portal.json"), files.map(p -> p.getFileName().toString()).collect(Collectors.toList()));
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void theSameSeedGivesTheSameContactsAndResetStartsOver() {
        List<String> first;
        try (SandboxServer sandbox = SandboxServer.start(config().withSeed(7))) {
            first = sandbox.data().contacts().stream().map(Contact::fullName).collect(Collectors.toList());
            sandbox.data().deleteWaitlist(1);
            sandbox.data().addContact("Extra", "", "Person", "", null, List.of());
        }
        try (SandboxServer reset = SandboxServer.start(config().withSeed(7).withReset(true))) {
            assertEquals(first, reset.data().contacts().stream().map(Contact::fullName).collect(Collectors.toList()));
            assertTrue(reset.data().waitlist(1).isPresent());
        }
        try (SandboxServer other = SandboxServer.start(config().withSeed(8).withReset(true))) {
            assertNotEquals(first, other.data().contacts().stream().map(Contact::fullName).collect(Collectors.toList()));
        }
    }

    @Test
    void theDemoDataLooksRealistic() {
        try (SandboxServer sandbox = SandboxServer.start(config())) {
            SandboxData data = sandbox.data();
            assertEquals(2000, data.contactCount());
            assertEquals(200, data.companyCount());
            assertEquals(30, data.waitlistCount());
            assertTrue(data.contacts().stream().anyMatch(c -> c.lastName().matches("\\p{IsCyrillic}+")));
            long lastNames = data.contacts().stream().map(Contact::lastName).distinct().count();
            assertTrue(lastNames < 100, "last names are shared: " + lastNames);
            assertTrue(data.contacts().stream().filter(c -> c.first("EMAIL", null) != null).count() > 1000);
            assertTrue(data.waitlist().stream().filter(e -> !e.clients().isEmpty()).count() > 10);
            long sixtyOneDaysAgo = java.time.Instant.now().getEpochSecond() - 61 * 86_400;
            assertTrue(data.waitlist().stream().allMatch(e -> e.createdAt() > sixtyOneDaysAgo));
        }
    }

    @Test
    void theScaleOptionMakesBiggerDataSetsThatPageAsUsual() {
        SandboxConfig.Scale scale = new SandboxConfig.Scale(20_000, 500, 2_000);
        try (SandboxServer sandbox = SandboxServer.start(config().withScale(scale))) {
            assertEquals(20_000, sandbox.data().contactCount());
            assertEquals(500, sandbox.data().companyCount());
            assertEquals(2_000, sandbox.data().waitlistCount());
            RestCall.Reply page = RestCall.get(sandbox.webhookUrl() + "booking.v1.waitlist.list");
            assertEquals(50, page.result().get("waitList").size());
            RestCall.Reply contacts = RestCall.get(sandbox.webhookUrl() + "crm.item.list?entityTypeId=3&select[]=id");
            assertEquals(20_000, contacts.json().get("total").asInt());
            sandbox.close();
            sandbox.close(); // twice is harmless
        }
    }

    @Test
    void anUnreadableFileIsMovedAsideAndTheSandboxStartsAfresh() throws IOException {
        Path file = folder.resolve("data/portal.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\":1, \"waitlist\": [");

        try (SandboxServer sandbox = SandboxServer.start(config())) {
            assertEquals(30, sandbox.data().waitlistCount());
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("portal.json.unreadable-")));
        }
    }
}
