package dev.waitlistdesk;

import dev.waitlistdesk.desk.booking.BookingPanelViewModel;
import dev.waitlistdesk.sandbox.RunningSandbox;
import dev.waitlistdesk.sandbox.SandboxData;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A desk on a fresh practice portal, over real HTTP, for the booking panel's tests: the portal, its
 * data, the desk, and a record's panel at a fixed Berlin clock.
 * {@code @RegisterExtension final PracticeDesk practice = new PracticeDesk("undo");}
 */
final class PracticeDesk implements BeforeEachCallback, AfterEachCallback {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final RunningSandbox running = new RunningSandbox();
    private final String name;
    private DeskStack desk;

    PracticeDesk(String name) {
        this.name = name;
    }

    /** That week day eight weeks from now: past the seeded bookings, so only a test's own are on it. */
    static LocalDate eightWeeksAhead(DayOfWeek day) {
        return LocalDate.now(BERLIN).plusWeeks(8).with(TemporalAdjusters.next(day));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        running.beforeEach(context);
        desk = new DeskStack(sandbox().webhookUrl(), data().file().resolveSibling("desk"), name);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        running.afterEach(context); // the desk's files are in the portal's folder and go with it
    }

    SandboxServer sandbox() {
        return running.server();
    }

    SandboxData data() {
        return sandbox().data();
    }

    DeskStack desk() {
        return desk;
    }

    /** Opens the record and its booking panel with the clock fixed at {@code at}, Berlin time. */
    BookingPanelViewModel panel(long recordId, LocalDateTime at) {
        desk.open(recordId);
        return panel(at);
    }

    /** A booking panel of the open record with the clock fixed at {@code at}, Berlin time. */
    BookingPanelViewModel panel(LocalDateTime at) {
        return desk.bookingPanel(Clock.fixed(at.atZone(BERLIN).toInstant(), BERLIN));
    }
}
