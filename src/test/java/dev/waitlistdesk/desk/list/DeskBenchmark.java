package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.app.DeskWiring;
import dev.waitlistdesk.desk.common.DialogService;
import dev.waitlistdesk.desk.common.Drafts;
import dev.waitlistdesk.desk.common.TestDesk;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.NewContact;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.portal.booking.BookingWaitlistStore;
import dev.waitlistdesk.portal.crm.CrmClientDirectory;
import dev.waitlistdesk.portal.crm.RestCrmDirectory;
import dev.waitlistdesk.sandbox.SandboxConfig;
import dev.waitlistdesk.sandbox.SandboxConfig.RateLimit;
import dev.waitlistdesk.sandbox.SandboxConfig.Scale;
import dev.waitlistdesk.sandbox.SandboxServer;
import dev.waitlistdesk.settings.DraftStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Prints what a receptionist waits for, through the view models, the real RestClient and the
 * sandbox over HTTP (no toolkit, no debounce): loading the waitlist with every client's name,
 * a client search, and a save with its read-back. Not a test; run it with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.waitlistdesk.desk.list.DeskBenchmark}.
 */
public final class DeskBenchmark {

    private DeskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        dev.waitlistdesk.Benchmarks.header("DeskBenchmark");
        Path folder = Files.createTempDirectory("desk-benchmark");
        System.out.printf("%-44s %10s %10s%n", "", "30 rec.", "1,000 rec.");
        double[] small = run(folder.resolve("small.json"), new Scale(2_000, 200, 30));
        double[] large = run(folder.resolve("large.json"), new Scale(2_000, 200, 1_000));
        String[] labels = {"load list + clients + names, median (ms)", "client search by name, median (ms)",
            "save 3 clients incl. read-back, median (ms)"};
        for (int i = 0; i < labels.length; i++) {
            System.out.printf("%-44s %10.1f %10.1f%n", labels[i], small[i], large[i]);
        }
    }

    private static double[] run(Path file, Scale scale) throws Exception {
        SandboxConfig config = new SandboxConfig(file, 0, 1, scale, RateLimit.OFF, true);
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            dev.waitlistdesk.Benchmarks.roundTripAnchor(sandbox.webhookUrl());
            RestClient client = new RestClient(Portal.webhook(sandbox.webhookUrl()), RestOptions.defaults()
                    .withPlan(new dev.waitlistdesk.bitrix.RateLimiter.Plan(1_000, 100_000)));
            Direct direct = new Direct();
            DeskWiring desk = new DeskWiring(new BookingWaitlistStore(client),
                    new CrmClientDirectory(new RestCrmDirectory(client)), direct,
                    (delay, action) -> {
                        if (delay.compareTo(PollPace.FASTEST) < 0) { // the debounce runs at once; no live refresh
                            action.run();
                        }
                        return () -> { };
                    }, Texts.load(Locale.ENGLISH), direct, new Drafts(
                    new DraftStore(file.resolveSibling(file.getFileName() + "-drafts.json"), new ObjectMapper())),
                    java.time.Clock.systemDefaultZone());
            MainViewModel main = desk.main(true);
            double load = median(7, () -> {
                main.refresh();
                if (main.rows().isEmpty()) {
                    throw new IllegalStateException("nothing loaded: " + main.listStatusProperty().get());
                }
            });
            System.out.printf("(%d rows shown of %d records)%n", main.rows().size(), scale.waitlist());
            main.open(main.rows().get(0));
            String[] queries = {"ann", "weber", "klein", "max", "travel", "sara", "noah", "olga"};
            int[] next = {0};
            double search = median(16, () -> main.search().queryProperty().set(queries[next[0]++ % queries.length]));
            RecordViewModel record = main.currentProperty().get();
            List<Client> parties = new ArrayList<>();
            for (String q : new String[] {"ann", "weber", "travel", "klein"}) {
                main.search().queryProperty().set(q);
                parties.add(main.search().results().get(0));
            }
            main.search().clear();
            int[] round = {0};
            double save = median(9, () -> {
                new ArrayList<>(record.picks()).forEach(record::remove);
                parties.subList(round[0] % 2, round[0] % 2 + 3).forEach(record::add);
                round[0]++;
                record.save();
                if (!record.statusProperty().get().text().startsWith("Saved")) {
                    throw new IllegalStateException(record.statusProperty().get().text());
                }
            });
            return new double[] {load, search, save};
        }
    }

    private static double median(int runs, Runnable action) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }

    /** Runs the work at once; answers dialogs with "no". */
    private static final class Direct implements BackgroundRunner, DialogService {
        @Override
        public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Failure> onFailure) {
            return TestDesk.atOnce(work, onSuccess, onFailure);
        }

        @Override
        public boolean confirm(String title, String question, String confirmButton) {
            return false;
        }

        @Override
        public Optional<String> askNewRecordNote() {
            return Optional.empty();
        }

        @Override
        public Optional<NewContact> askNewContact(NewContact prefill) {
            return Optional.empty();
        }

        @Override
        public int choose(String title, String question, List<String> answers) {
            return -1;
        }

        @Override
        public void inform(String title, String message) {
        }

        @Override
        public void openSettings() {
        }
    }
}
