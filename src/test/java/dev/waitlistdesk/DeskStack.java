package dev.waitlistdesk;

import dev.waitlistdesk.app.DeskWiring;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.portal.booking.BookingWaitlistStore;
import dev.waitlistdesk.portal.crm.CrmClientDirectory;
import dev.waitlistdesk.portal.crm.RestCrmDirectory;
import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.desk.common.DialogService;
import dev.waitlistdesk.desk.common.Drafts;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.port.NewContact;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.settings.DraftStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One receptionist's desk without a window: the real view models, store, CRM adapter and REST
 * client of its own, over real HTTP to a portal. Work runs at once; scheduled actions (the live
 * refresh, the Cancel offer) wait until {@link #letTimePass()}; confirmations are answered yes.
 */
final class DeskStack implements BackgroundRunner, Scheduler, DialogService {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final RestOptions QUICK = RestOptions.defaults().withTime(Clock.systemUTC(), d -> { });

    final MainViewModel main;
    final DeskWiring wiring;
    final RestClient client;
    /** This desk's drafts file: close it to end the desk as the app does, writing what is pending. */
    final DraftStore drafts;
    /** What the new-contact dialog answers (null: cancelled), and the answer to every choice. */
    NewContact newContact;
    int answer;
    /** Each choice asked, with its answers. */
    final List<String> questions = new ArrayList<>();
    private final List<Due> scheduled = new ArrayList<>();
    /** The desk's own clock: it moves only when {@link #runUntil} lets it. */
    private Duration now = Duration.ZERO;

    private record Due(Duration at, Runnable action) {
    }

    DeskStack(String webhookUrl, Path dataDir, String name) {
        this(webhookUrl, dataDir, name, true);
    }

    /** A desk whose list loads only when {@code load} is set (or on {@code main.refresh()}). */
    DeskStack(String webhookUrl, Path dataDir, String name, boolean load) {
        this(webhookUrl, dataDir, name, load, true, QUICK);
    }

    /** Without {@code waitingTimes}, the list's creation days are not derived: only the list is counted. */
    DeskStack(String webhookUrl, Path dataDir, String name, boolean load, boolean waitingTimes) {
        this(webhookUrl, dataDir, name, load, waitingTimes, QUICK);
    }

    /** With these options: {@code RestOptions.defaults()} paces and waits in real time, as the app does. */
    DeskStack(String webhookUrl, Path dataDir, String name, boolean load, RestOptions options) {
        this(webhookUrl, dataDir, name, load, true, options);
    }

    private DeskStack(String webhookUrl, Path dataDir, String name, boolean load, boolean waitingTimes,
                      RestOptions options) {
        client = new RestClient(Portal.webhook(webhookUrl), options);
        dev.waitlistdesk.port.WaitlistStore store = new BookingWaitlistStore(client);
        wiring = new DeskWiring(waitingTimes ? store : withoutCreatedDays(store),
                new CrmClientDirectory(new RestCrmDirectory(client)), this, this, Texts.load(Locale.ENGLISH), this,
                new Drafts(drafts = new DraftStore(dataDir.resolve("drafts-" + name + ".json"), new ObjectMapper(),
                        Runnable::run)),
                Clock.systemDefaultZone());
        main = wiring.main(true);
        if (load) {
            main.refresh();
        }
    }

    private static dev.waitlistdesk.port.WaitlistStore withoutCreatedDays(dev.waitlistdesk.port.WaitlistStore store) {
        return (dev.waitlistdesk.port.WaitlistStore) java.lang.reflect.Proxy.newProxyInstance(
                DeskStack.class.getClassLoader(), new Class<?>[] {dev.waitlistdesk.port.WaitlistStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("createdDays")) {
                        return java.util.Map.of();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** How many of this desk's requests the portal refused (503 QUERY_LIMIT_EXCEEDED). */
    int refusals() {
        return client.stats().queryLimitRefusals();
    }

    RecordViewModel open(long id) {
        WaitlistRow row = main.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        main.open(row);
        return record();
    }

    /** A booking panel on this desk, on the real booking adapter, at the test's clock. */
    dev.waitlistdesk.desk.booking.BookingPanelViewModel bookingPanel(Clock clock) {
        return wiring.bookingPanel(bookingServices(clock), main.records());
    }

    /** The booking and deal adapters over this desk's client, as the window has them, at the test's clock. */
    dev.waitlistdesk.desk.booking.BookingServices bookingServices(Clock clock) {
        return new dev.waitlistdesk.desk.booking.BookingServices(
                new dev.waitlistdesk.portal.booking.BookingPortalDesk(client, clock.getZone()),
                new dev.waitlistdesk.portal.crm.CrmDealDirectory(new dev.waitlistdesk.portal.crm.RestDeals(client),
                        client.portal()), clock, uri -> { });
    }

    /** The deals box of this desk, on the real booking and CRM adapters. */
    dev.waitlistdesk.desk.deals.DealsViewModel dealsBox() {
        return wiring.deals(bookingServices(Clock.systemUTC()), main.records());
    }

    RecordViewModel record() {
        return main.currentProperty().get();
    }

    Status status() {
        return record().statusProperty().get();
    }

    List<String> names() {
        return record().picks().stream().map(Client::name).toList();
    }

    /** Runs what waited for time: the next poll of the live refresh among it. */
    void letTimePass() {
        List<Due> due = List.copyOf(scheduled);
        scheduled.clear();
        due.forEach(d -> d.action().run());
    }

    /** Moves the desk's clock to {@code end}, running each scheduled action at its time. */
    void runUntil(Duration end) {
        while (true) {
            Due next = scheduled.stream().min(java.util.Comparator.comparing(Due::at)).orElse(null);
            if (next == null || next.at().compareTo(end) > 0) {
                now = end;
                return;
            }
            scheduled.remove(next);
            now = next.at();
            next.action().run();
        }
    }

    @Override
    public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Failure> onFailure) {
        return dev.waitlistdesk.desk.common.TestDesk.atOnce(work, onSuccess, onFailure);
    }

    /** The desk's clock as a time of day: a fixed start plus what {@link #runUntil} let pass. */
    @Override
    public Instant now() {
        return START.plus(now);
    }

    /** How much desk time has passed. */
    Duration elapsed() {
        return now;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Due due = new Due(now.plus(delay), action);
        scheduled.add(due);
        return () -> scheduled.remove(due);
    }

    @Override
    public boolean confirm(String title, String question, String confirmButton) {
        return true;
    }

    @Override
    public void inform(String title, String message) {
    }

    @Override
    public Optional<String> askNewRecordNote() {
        return Optional.empty();
    }

    @Override
    public Optional<NewContact> askNewContact(NewContact prefill) {
        return Optional.ofNullable(newContact);
    }

    @Override
    public int choose(String title, String question, List<String> answers) {
        questions.add(question + " " + answers);
        return answer;
    }

    @Override
    public void openSettings() {
    }
}
