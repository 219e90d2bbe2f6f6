package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.portal.booking.BookingWaitlistStore;
import dev.waitlistdesk.portal.booking.PortalFacts;
import dev.waitlistdesk.portal.booking.PortalFacts.ClientSet;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.port.SaveOutcome;
import dev.waitlistdesk.sandbox.RunningSandbox;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A colleague's save that lands between this desk's check and its write (injected by a portal in the
 * middle, over real HTTP to the sandbox): it is merged at once, never overwritten, and a record is never
 * cleared because it holds clients this desk did not send.
 */
class RaceInsideSaveTest {

    private static final ClientId ANNA = ClientId.contact(1);
    private static final ClientId BORIS = ClientId.contact(2);
    private static final ClientId ACME = ClientId.company(3);
    private static final ClientId TOM = ClientId.contact(4);

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    private PortalInTheMiddle middle;
    private BookingWaitlistStore mine;
    private BookingWaitlistStore colleague;
    private final PortalFacts facts = PortalFacts.inMemory();
    private long id;
    private RecordState base;

    @BeforeEach
    void aRecordWithAnnaAndBoris() {
        SandboxServer sandbox = running.server();
        middle = new PortalInTheMiddle(sandbox.oauthEndpoint().replace("/rest/", "/"));
        mine = new BookingWaitlistStore(client(middle.webhookUrl(sandbox.webhookUrl())), facts);
        colleague = new BookingWaitlistStore(client(sandbox.webhookUrl()));
        base = RecordState.of("Haircut", List.of(ANNA, BORIS));
        id = colleague.create(base, List.of());
    }

    @AfterEach
    void stop() {
        middle.close();
    }

    private static RestClient client(String webhookUrl) {
        return new RestClient(Portal.webhook(webhookUrl), RestOptions.defaults().withTime(Clock.systemUTC(), d -> { }));
    }

    /** The colleague saves {@code theirs} between this desk's check (request 1) and its write (request 2). */
    private void colleagueSavesDuringTheSave(RecordState theirs) {
        middle.before(2, () -> assertInstanceOf(SaveOutcome.Saved.class, colleague.save(id, base, theirs)));
    }

    @Test
    void nobodyElseWrites_twoRequests() {
        int before = middle.requests();

        SaveOutcome outcome = mine.save(id, base, RecordState.of("Haircut", List.of(ANNA, BORIS, TOM)));

        assertEquals(new SaveOutcome.Saved(RecordState.of("Haircut", List.of(ANNA, BORIS, TOM))), outcome);
        assertEquals(2, middle.requests() - before, "the check, then one batch that writes and reads");
    }

    @Test
    void aColleaguesAddInTheRaceWindow_isWrittenTogetherWithMine() {
        colleagueSavesDuringTheSave(RecordState.of("Haircut", List.of(ANNA, BORIS, ACME)));

        SaveOutcome outcome = mine.save(id, base, RecordState.of("Haircut", List.of(ANNA, BORIS, TOM)));

        RecordState both = RecordState.of("Haircut", List.of(ANNA, BORIS, ACME, TOM));
        assertEquals(new SaveOutcome.Saved(both), outcome);
        assertEquals(both, colleague.read(id));
        assertEquals(3, middle.requests(), "one more batch for the merge");
    }

    @Test
    void aColleaguesRemovalAndNote_stayWhileMyClientChangeGoesIn() {
        colleagueSavesDuringTheSave(RecordState.of("Haircut, mornings only", List.of(ANNA)));

        SaveOutcome outcome = mine.save(id, base, RecordState.of("Haircut", List.of(ANNA, BORIS, TOM)));

        RecordState both = RecordState.of("Haircut, mornings only", List.of(ANNA, TOM));
        assertEquals(new SaveOutcome.Saved(both), outcome);
        assertEquals(both, colleague.read(id));
    }

    @Test
    void aColleagueWritingBeforeEveryRound_isPutBackBeforeTheSaveEnds() {
        // before each of the first four write batches a colleague adds a client: each write replaces the
        // newest one, and the next round puts it back; the fourth must be put back too, past the usual rounds
        AtomicInteger added = new AtomicInteger(10);
        middle.beforeEach(2, 4, () -> running.server().data().addClients(id,
                List.of(dev.waitlistdesk.sandbox.Client.contact(added.incrementAndGet()))));

        mine.save(id, base, RecordState.of("Haircut", List.of(ANNA, BORIS, TOM)));

        assertEquals(Set.of(ANNA, BORIS, TOM, ClientId.contact(11), ClientId.contact(12), ClientId.contact(13),
                ClientId.contact(14)), colleague.read(id).clients());
    }

    @Test
    void bothChangedTheNote_theirsIsPutBackAndTheReceptionistChooses() {
        RecordState theirs = RecordState.of("Colour, Fridays", List.of(ANNA, BORIS, ACME));
        colleagueSavesDuringTheSave(theirs);

        SaveOutcome outcome = mine.save(id, base, RecordState.of("Haircut, evenings", List.of(ANNA, BORIS, TOM)));

        assertInstanceOf(SaveOutcome.Conflict.class, outcome);
        RecordState held = colleague.read(id);
        assertEquals("Colour, Fridays", held.note(), "the colleague's saved note is back");
        assertTrue(held.clients().containsAll(List.of(ANNA, BORIS, ACME)), "nothing of theirs is lost: " + held);
        assertEquals(held, ((SaveOutcome.Conflict) outcome).theirs(), "the choice starts from what the record holds");
    }

    @Test
    void aClientNobodySentInTheReadBack_neverClearsTheRecord() {
        // the colleague's add lands after this desk's write: its read-back holds a client it did not send
        middle.before(3, () -> { });
        colleagueSavesDuringTheSave(RecordState.of("Haircut", List.of(ANNA, BORIS, ACME)));
        mine.save(id, base, RecordState.of("Haircut", List.of(ANNA, BORIS, TOM)));
        RecordState now = colleague.read(id);

        SaveOutcome outcome = mine.save(id, now, RecordState.of("Haircut", List.of(ANNA, BORIS, ACME, TOM,
                ClientId.contact(5))));

        assertInstanceOf(SaveOutcome.Saved.class, outcome);
        assertTrue(colleague.read(id).clients().containsAll(List.of(ANNA, BORIS, ACME, TOM)));
        assertEquals(Optional.empty(), facts.clientSet(), "an add needs no fact about the portal");
    }

    @Test
    void theFirstRemoval_learnsOnAScratchRecordThatSetReplaces_andLeavesNoScratchRecord() {
        int records = running.server().data().waitlistCount();

        mine.save(id, base, RecordState.of("Haircut", List.of(ANNA)));

        assertEquals(Optional.of(ClientSet.REPLACES), facts.clientSet());
        assertEquals(RecordState.of("Haircut", List.of(ANNA)), colleague.read(id));
        assertEquals(records, running.server().data().waitlistCount(), "the scratch record is deleted");
    }

    @Test
    void onAPortalWhoseSetAppends_aRemovalKeepsAColleaguesAddFromTheRaceWindow() {
        running.server().faults().clientSetAppends(true);
        colleagueSavesDuringTheSave(RecordState.of("Haircut", List.of(ANNA, BORIS, ACME)));

        SaveOutcome outcome = mine.save(id, base, RecordState.of("Haircut", List.of(ANNA)));

        assertEquals(Optional.of(ClientSet.APPENDS), facts.clientSet());
        assertEquals(new SaveOutcome.Saved(RecordState.of("Haircut", List.of(ANNA, ACME))), outcome);
        assertEquals(RecordState.of("Haircut", List.of(ANNA, ACME)), colleague.read(id));
    }

    @Test
    void aKnownAppendingPortal_isNotAskedAgain() {
        running.server().faults().clientSetAppends(true);
        facts.learned(ClientSet.APPENDS);
        int records = running.server().data().waitlistCount();

        mine.save(id, base, RecordState.of("Haircut", List.of(BORIS)));

        assertEquals(RecordState.of("Haircut", List.of(BORIS)), colleague.read(id));
        assertEquals(records, running.server().data().waitlistCount());
        assertFalse(middle.requests() > 2, "no scratch record: the fact is known");
    }
}
