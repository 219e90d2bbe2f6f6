package dev.waitlistdesk;

import dev.waitlistdesk.desk.common.WaitlistRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.portal.booking.CreatedDays;
import dev.waitlistdesk.sandbox.RunningSandbox;
import dev.waitlistdesk.sandbox.SandboxData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The creation day of waitlist records, derived from createdWithin over real HTTP: records created on
 * known days (today, across a month's end, either side of a clock change, years back) come out on
 * those days, in the portal's time zone, for a handful of requests.
 */
class WaitingSinceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static TimeZone before;

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();

    /** The sandbox takes createdWithin's days in its process's zone: Berlin here, for a clock change. */
    @BeforeAll
    static void portalInBerlin() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(BERLIN));
    }

    @AfterAll
    static void zoneBack() {
        TimeZone.setDefault(before);
    }

    @Test
    void recordsCreatedOnKnownDaysComeOutOnThoseDays() {
        SandboxData data = running.server().data();
        LocalDate today = LocalDate.now(BERLIN);
        Map<Long, LocalDate> expected = new LinkedHashMap<>();
        add(data, expected, today.atTime(0, 5));
        add(data, expected, today.minusDays(1).atTime(23, 55));
        add(data, expected, today.minusDays(20).atTime(12, 0));
        add(data, expected, LocalDateTime.of(2026, 10, 31, 23, 30)); // a month's last day…
        add(data, expected, LocalDateTime.of(2026, 11, 1, 0, 30));   // …and the next month's first
        add(data, expected, LocalDateTime.of(2026, 10, 25, 1, 30));  // before the clocks went back that night
        add(data, expected, LocalDateTime.of(2026, 10, 25, 23, 30)); // after: still the 25th in Berlin (22:30 UTC)
        add(data, expected, LocalDateTime.of(2026, 10, 26, 0, 30));  // the 26th in Berlin, the 25th in UTC
        add(data, expected, today.minusDays(400).atTime(9, 0));
        add(data, expected, LocalDateTime.of(2010, 2, 28, 12, 0));
        data.waitlist().forEach(entry -> expected.putIfAbsent(entry.id(),
                LocalDate.ofInstant(java.time.Instant.ofEpochSecond(entry.createdAt()), BERLIN)));
        RestClient client = new RestClient(Portal.webhook(running.server().webhookUrl()),
                RestOptions.defaults().withTime(Clock.systemUTC(), d -> { }));
        long requests = running.server().requestsServed();

        Map<Long, LocalDate> derived = new CreatedDays(client).of(expected.keySet(), today);

        long spent = running.server().requestsServed() - requests;
        assertEquals(expected, derived);
        assertTrue(spent <= 8, spent + " requests for " + expected.size() + " records");
    }

    @Test
    void onlyTheRecordsAskedForAreNarrowedDown() {
        SandboxData data = running.server().data();
        LocalDate today = LocalDate.now(BERLIN);
        long fresh = data.addWaitlist("Called just now", today.atTime(0, 1).atZone(BERLIN).toInstant());
        RestClient client = new RestClient(Portal.webhook(running.server().webhookUrl()),
                RestOptions.defaults().withTime(Clock.systemUTC(), d -> { }));
        long requests = running.server().requestsServed();

        Map<Long, LocalDate> derived = new CreatedDays(client).of(List.of(fresh), today);

        assertEquals(Map.of(fresh, today), derived);
        assertEquals(1, running.server().requestsServed() - requests, "today's window places it in the first batch");
    }

    /**
     * What placing every record costs once (the demo spreads them over 60 days): printed for the README,
     * bounded here. Afterwards the days are kept, so the same records cost nothing again.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {30, 1_000, 10_000})
    void placingEveryRecordCostsAFewRequestsPerFiveHundred(int records, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        dev.waitlistdesk.sandbox.SandboxConfig config = new dev.waitlistdesk.sandbox.SandboxConfig(dir.resolve("p.json"), 0, 5,
                new dev.waitlistdesk.sandbox.SandboxConfig.Scale(2_000, 200, records),
                dev.waitlistdesk.sandbox.SandboxConfig.RateLimit.OFF, true);
        try (dev.waitlistdesk.sandbox.SandboxServer sandbox = dev.waitlistdesk.sandbox.SandboxServer.start(config)) {
            List<Long> ids = sandbox.data().waitlist().stream().map(e -> e.id()).toList();
            RestClient client = new RestClient(Portal.webhook(sandbox.webhookUrl()),
                    RestOptions.defaults().withTime(Clock.systemUTC(), d -> { }));
            long before = sandbox.requestsServed();

            Map<Long, LocalDate> derived = new CreatedDays(client).of(ids, LocalDate.now(BERLIN));

            long spent = sandbox.requestsServed() - before;
            System.out.println("Waiting since: " + records + " records placed in " + spent + " requests");
            assertEquals(ids.size(), derived.size());
            assertTrue(spent <= 4 + records / 100, spent + " requests for " + records + " records");
        }
    }

    @Test
    void theListShowsHowLongEachRecordWaitedAndSortsOldestFirst(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        SandboxData data = running.server().data();
        LocalDate today = LocalDate.now(BERLIN);
        long old = data.addWaitlist("Waiting long", today.minusDays(90).atTime(10, 0).atZone(BERLIN).toInstant());
        long recent = data.addWaitlist("Waiting a bit", today.minusDays(3).atTime(10, 0).atZone(BERLIN).toInstant());
        long before = running.server().requestsServed();
        DeskStack desk = new DeskStack(running.server().webhookUrl(), dir, "waiting");
        long firstLoad = running.server().requestsServed() - before;
        dev.waitlistdesk.desk.list.MainViewModel main = desk.main;
        WaitlistRow oldRow = main.rows().stream().filter(r -> r.id() == old).findFirst().orElseThrow();
        WaitlistRow recentRow = main.rows().stream().filter(r -> r.id() == recent).findFirst().orElseThrow();

        assertEquals("3 days", main.waitingSince(recentRow, today));
        assertEquals("since " + java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH)
                .format(today.minusDays(90)), main.waitingSince(oldRow, today));
        assertEquals(recent, main.rows().get(0).id(), "newest first by default");
        main.oldestFirstProperty().set(true);
        assertEquals(old, main.rows().get(0).id(), "the longest waiting first");

        long polled = running.server().requestsServed();
        main.poll();
        long pollCost = running.server().requestsServed() - polled;
        assertTrue(pollCost < firstLoad, "a poll spends no request on days already known: " + pollCost + " vs " + firstLoad);
        polled = running.server().requestsServed();
        main.poll();
        assertEquals(pollCost, running.server().requestsServed() - polled);
    }

    /** Placing many days at once sorts the list once, not once per day (10,000 sorts froze a 10,000-record desk). */
    @Test
    void daysPlacedTogetherSortTheListOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        DeskStack desk = new DeskStack(running.server().webhookUrl(), dir, "sorts");
        desk.main.oldestFirstProperty().set(true);
        SandboxData data = running.server().data();
        LocalDate today = LocalDate.now(BERLIN);
        for (int i = 0; i < 200; i++) {
            data.addWaitlist("Called " + i, today.minusDays(i).atTime(10, 0).atZone(BERLIN).toInstant());
        }
        int[] sorts = {0};
        desk.main.rows().addListener((javafx.collections.ListChangeListener<WaitlistRow>) c -> {
            while (c.next()) {
                sorts[0] += c.wasPermutated() ? 1 : 0;
            }
        });

        desk.main.refresh();

        assertTrue(desk.main.createdDays().size() >= 200, "the new records are placed");
        assertTrue(sorts[0] <= 1, "one sort for 200 days, not " + sorts[0]);
        assertEquals("Called 199", desk.main.rows().get(0).note(), "the longest waiting first");
    }

    @Test
    void daysFoundAreKeptPerPortalAndNotAskedAgain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        RestClient client = new RestClient(Portal.webhook(running.server().webhookUrl()),
                RestOptions.defaults().withTime(Clock.systemUTC(), d -> { }));
        List<Long> ids = running.server().data().waitlist().stream().map(e -> e.id()).toList();
        java.nio.file.Path file = dir.resolve("created-days-practice.json");
        Map<Long, LocalDate> first = new dev.waitlistdesk.portal.booking.BookingWaitlistStore(client,
                dev.waitlistdesk.portal.booking.PortalFacts.inMemory(), new dev.waitlistdesk.portal.booking.CreatedDaysFile(file)).createdDays(ids, LocalDate.now(BERLIN));
        long before = running.server().requestsServed();

        Map<Long, LocalDate> again = new dev.waitlistdesk.portal.booking.BookingWaitlistStore(client,
                dev.waitlistdesk.portal.booking.PortalFacts.inMemory(), new dev.waitlistdesk.portal.booking.CreatedDaysFile(file)).createdDays(ids, LocalDate.now(BERLIN));

        assertEquals(ids.size(), first.size());
        assertEquals(first, again);
        assertEquals(0, running.server().requestsServed() - before, "read from the file after a restart");
    }

    private static void add(SandboxData data, Map<Long, LocalDate> expected, LocalDateTime at) {
        long id = data.addWaitlist("Created " + at, at.atZone(BERLIN).toInstant());
        expected.put(id, at.toLocalDate());
    }

}
