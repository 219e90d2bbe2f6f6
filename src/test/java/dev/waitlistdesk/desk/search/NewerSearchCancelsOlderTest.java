package dev.waitlistdesk.desk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.desk.common.FxBackgroundRunner;
import dev.waitlistdesk.desk.common.FxScheduler;
import dev.waitlistdesk.desk.common.TestDesk;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientDirectory;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.NewContact;
import dev.waitlistdesk.portal.crm.CrmClientDirectory;
import dev.waitlistdesk.portal.crm.RestCrmDirectory;
import dev.waitlistdesk.sandbox.RunningSandbox;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A newer query cancels the older search's HTTP call to the practice portal: the older call ends at once
 * instead of waiting for its slow answer, and what the receptionist sees is the newer query's answer only.
 */
@ExtendWith(ApplicationExtension.class)
class NewerSearchCancelsOlderTest {

    /** How long the portal holds each answer back: far longer than a cancelled call may take to end. */
    private static final long SLOW_MILLIS = 3_000;

    @RegisterExtension
    final RunningSandbox sandbox = new RunningSandbox();

    @TempDir
    Path dir;

    private final ExecutorService executor = Executors.newFixedThreadPool(2); // as the app's runner has

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** How one search call on the portal ended: its query, whether it returned, and after how long. */
    private record Call(String query, boolean returned, long millis) {
    }

    @Test
    void aNewerQueryCancelsTheOlderSearchsHttpCall_andOnlyItsAnswerIsShown() throws Exception {
        RestClient client = new RestClient(Portal.webhook(sandbox.server().webhookUrl()));
        ClientDirectory crm = new CrmClientDirectory(new RestCrmDirectory(client));
        crm.addContact(new NewContact("Olga", "Older", "", ""));
        crm.addContact(new NewContact("Nina", "Newer", "", ""));
        LinkedBlockingQueue<String> started = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Call> ended = new LinkedBlockingQueue<>();
        ClientDirectory watched = new Watched(crm, started, ended);
        TestDesk desk = new TestDesk(dir); // its texts, and its dialogs (none is asked)
        ClientSearchViewModel search = onFx(() -> new ClientSearchViewModel(watched, new FxBackgroundRunner(executor),
                new FxScheduler(), desk.texts, desk, new SimpleObjectProperty<PickTarget>()));
        sandbox.server().faults().slowAnswers(SLOW_MILLIS);

        // given a search for "Older" is on its way to the slow portal
        run(() -> search.queryProperty().set("Older"));
        assertEquals("Older", started.poll(10, TimeUnit.SECONDS));

        // when the receptionist types a newer query
        run(() -> search.queryProperty().set("Newer"));

        // then the older call ends at once, cancelled, long before its answer would have come
        Call older = ended.poll(10, TimeUnit.SECONDS);
        assertEquals("Older", older.query());
        assertTrue(!older.returned() && older.millis() < SLOW_MILLIS, older.toString());
        // and the newer query's answer is what the list shows, once the portal sends it
        Call newer = ended.poll(20, TimeUnit.SECONDS);
        assertEquals(new Call("Newer", true, newer.millis()), newer);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onFx(() -> search.searchingProperty().get()) && System.nanoTime() < until) {
            Thread.sleep(20); // the answer reaches the FX thread just after the call ended
        }
        assertEquals(List.of("Nina Newer"), onFx(() -> search.results().stream().map(Client::name).toList()));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    private static void run(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** The real CRM adapter, telling the test when each search starts and how it ends. */
    private record Watched(ClientDirectory crm, LinkedBlockingQueue<String> started, LinkedBlockingQueue<Call> ended)
            implements ClientDirectory {

        @Override
        public List<Client> search(String text, int limit) {
            started.add(text);
            long start = System.nanoTime();
            boolean returned = false;
            try {
                List<Client> found = crm.search(text, limit);
                returned = true;
                return found;
            } finally {
                ended.add(new Call(text, returned, (System.nanoTime() - start) / 1_000_000));
            }
        }

        @Override
        public Map<ClientId, Client> names(Collection<ClientId> ids) {
            return crm.names(ids);
        }

        @Override
        public List<Client> contactsWith(String phone, String email) {
            return crm.contactsWith(phone, email);
        }

        @Override
        public Client addContact(NewContact contact) {
            return crm.addContact(contact);
        }
    }
}
