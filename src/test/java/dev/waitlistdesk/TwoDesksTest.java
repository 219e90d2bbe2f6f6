package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.desk.common.Status.Tone;
import dev.waitlistdesk.sandbox.Contact;
import dev.waitlistdesk.sandbox.RunningSandbox;
import dev.waitlistdesk.sandbox.SandboxData;
import dev.waitlistdesk.sandbox.SandboxServer;
import dev.waitlistdesk.sandbox.WaitlistEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two receptionists on one portal, each with a desk of their own (view models, store, REST client),
 * over real HTTP to the sandbox, both editing the same record. Whatever they do, nobody's change is
 * lost without that person choosing it: each test checks what the portal holds and what each desk shows.
 */
class TwoDesksTest {

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    @TempDir
    Path dir;
    SandboxData portal;
    Contact anna;
    Contact boris;
    Contact carla;
    long record;
    DeskStack maria;
    DeskStack pavel;

    @BeforeEach
    void bothDesksOpenTheHaircutRecordWithAnna() {
        SandboxServer sandbox = running.server();
        portal = sandbox.data();
        anna = portal.addContact("Anna", "", "Lange", "", null, List.of());
        boris = portal.addContact("Boris", "", "Ivanov", "", null, List.of());
        carla = portal.addContact("Carla", "", "Ruiz", "", null, List.of());
        record = portal.addWaitlist("Haircut, mornings");
        portal.setClients(record, List.of(dev.waitlistdesk.sandbox.Client.contact(anna.id())));
        maria = new DeskStack(sandbox.webhookUrl(), dir, "maria");
        pavel = new DeskStack(sandbox.webhookUrl(), dir, "pavel");
        maria.open(record);
        pavel.open(record);
    }

    private Client client(Contact contact) {
        return new Client(ClientId.contact(contact.id()), contact.name() + " " + contact.lastName(), "", "");
    }

    private WaitlistEntry onPortal() {
        return portal.waitlist(record).orElseThrow();
    }

    private List<Long> clientIdsOnPortal() {
        return onPortal().clients().stream().map(dev.waitlistdesk.sandbox.Client::id).sorted().toList();
    }

    @Test
    void bothAdd_theSecondIsOfferedAMergeThatKeepsBoth() {
        maria.record().add(client(boris));
        maria.record().save();
        pavel.record().add(client(carla));
        pavel.record().save();

        // Pavel's save did not write: it says what Maria did and offers Merge both first
        assertEquals(List.of(anna.id(), boris.id()), clientIdsOnPortal());
        assertEquals(Tone.WAITING, pavel.status().tone());
        assertTrue(pavel.status().text().contains("added Boris Ivanov"), pavel.status().text());
        assertEquals("merge", pavel.status().commandIds().get(0));
        assertEquals(List.of("Anna Lange", "Carla Ruiz"), pavel.names());

        pavel.record().statusProperty().get().command("merge").run();

        assertEquals(List.of(anna.id(), boris.id(), carla.id()), clientIdsOnPortal());
        assertEquals("Saved: 3 clients", pavel.status().text());
        // and Maria's desk follows with the next poll, as her record has no unsaved work
        maria.letTimePass();
        assertEquals(3, maria.record().picks().size());
        assertFalse(maria.record().dirtyProperty().get());
    }

    @Test
    void bothRemove_mergeRemovesBoth() {
        portal.setClients(record, List.of(dev.waitlistdesk.sandbox.Client.contact(anna.id()),
                dev.waitlistdesk.sandbox.Client.contact(boris.id())));
        maria.main.refresh();
        pavel.main.refresh();
        maria.record().remove(client(anna));
        maria.record().save();
        pavel.record().remove(client(boris));
        pavel.record().save();
        assertEquals(List.of(boris.id()), clientIdsOnPortal());

        pavel.record().statusProperty().get().command("merge").run();

        assertEquals(List.of(), clientIdsOnPortal());
        assertEquals(List.of(), pavel.names());
    }

    @Test
    void addVersusRemove_neitherIsLost() {
        maria.record().add(client(boris));
        maria.record().save();
        pavel.record().remove(client(anna));
        pavel.record().save();
        assertTrue(pavel.status().text().contains("You: removed Anna Lange"), pavel.status().text());

        pavel.record().statusProperty().get().command("merge").run();

        assertEquals(List.of(boris.id()), clientIdsOnPortal());
    }

    @Test
    void noteVersusClients_bothKept() {
        maria.record().noteProperty().set("Haircut, afternoons");
        maria.record().save();
        pavel.record().add(client(carla));
        pavel.record().save();
        assertTrue(pavel.status().text().contains("changed the note"), pavel.status().text());

        pavel.record().statusProperty().get().command("merge").run();

        assertEquals("Haircut, afternoons", onPortal().note());
        assertEquals(List.of(anna.id(), carla.id()), clientIdsOnPortal());
        assertEquals("Haircut, afternoons", pavel.record().noteProperty().get());
    }

    @Test
    void noteVersusNote_thePersonChooses_andTakeTheirsWritesNothing() {
        maria.record().noteProperty().set("Haircut, afternoons");
        maria.record().save();
        pavel.record().noteProperty().set("Colour, Tuesdays");
        pavel.record().save();

        assertEquals(List.of("both-notes", "keep-mine", "take-theirs"), pavel.status().commandIds());
        assertEquals("Haircut, afternoons", onPortal().note());

        pavel.record().statusProperty().get().command("take-theirs").run();
        assertEquals("Haircut, afternoons", pavel.record().noteProperty().get());
        assertEquals("Haircut, afternoons", onPortal().note());

        // Keep mine, chosen on purpose, does write over it
        pavel.record().noteProperty().set("Colour, Tuesdays");
        maria.record().noteProperty().set("Haircut, evenings");
        maria.record().save();
        pavel.record().save();
        pavel.record().statusProperty().get().command("keep-mine").run();
        assertEquals("Colour, Tuesdays", onPortal().note());
    }

    /**
     * Issue 18's wipe, step by step over real HTTP: Maria's save writes Boris, puts back the note Pavel
     * wrote inside her save and hands her the choice; a write from an older read then takes Boris away,
     * and the next choice shows that as Pavel's removal. Merge both keeps it, and Maria is told.
     */
    @Test
    void myAddTakenAwayInsideMyChainOfChoices_isToldNotMergedAway() {
        SandboxServer sandbox = running.server();
        try (PortalInTheMiddle middle = new PortalInTheMiddle(sandbox.oauthEndpoint().replace("/rest/", "/"))) {
            DeskStack mine = new DeskStack(middle.webhookUrl(sandbox.webhookUrl()), dir, "maria-in-the-middle");
            RecordViewModel maria = mine.open(record);
            maria.add(client(boris));
            maria.noteProperty().set("Haircut, evenings");
            middle.before(2, () -> portal.updateNote(record, "Colour, Tuesdays")); // between her check and write
            maria.save();
            assertEquals(List.of("both-notes", "keep-mine", "take-theirs"), mine.status().commandIds());
            assertEquals(List.of(anna.id(), boris.id()), clientIdsOnPortal(), "her write went in");
            portal.setClients(record, List.of(dev.waitlistdesk.sandbox.Client.contact(anna.id()),
                    dev.waitlistdesk.sandbox.Client.contact(carla.id()))); // a write from an older read
            maria.statusProperty().get().command("both-notes").run();
            assertTrue(mine.status().text().contains("removed Boris Ivanov. You: changed the note"),
                    mine.status().text());

            maria.statusProperty().get().command("merge").run();

            assertEquals(List.of(anna.id(), carla.id()), clientIdsOnPortal());
            assertTrue(mine.status().text().matches(".*Your added Boris Ivanov is gone: a colleague saved over it at "
                    + "\\d\\d:\\d\\d\\."), mine.status().text());
            maria.statusProperty().get().command("add-again").run();
            assertEquals(List.of(anna.id(), boris.id(), carla.id()), clientIdsOnPortal());
        }
    }

    @Test
    void oneDeletesTheRecord_theOthersPicksStayAndBecomeANewRecord() {
        pavel.record().add(client(boris));
        maria.main.deleteCurrent();
        assertTrue(portal.waitlist(record).isEmpty());

        pavel.record().save();

        RecordViewModel gone = pavel.record();
        assertTrue(gone.goneProperty().get());
        assertEquals(List.of("Anna Lange", "Boris Ivanov"), pavel.names());
        assertEquals(List.of("recreate", "discard"), pavel.status().commandIds());

        gone.statusProperty().get().command("recreate").run();

        long created = pavel.record().id();
        assertTrue(created != record);
        assertEquals(List.of(anna.id(), boris.id()), portal.waitlist(created).orElseThrow().clients().stream()
                .map(dev.waitlistdesk.sandbox.Client::id).sorted().toList());
    }

    @Test
    void aColleaguesChangeWhileTyping_isANotice_neverAnOverwriteOfTheTyping() {
        pavel.record().noteProperty().set("Haircut, mor");
        maria.record().add(client(boris));
        maria.record().save();

        pavel.letTimePass(); // the live refresh

        assertEquals("Haircut, mor", pavel.record().noteProperty().get());
        assertEquals(List.of("reload", "keep-editing"), pavel.status().commandIds());
        assertEquals(List.of(anna.id(), boris.id()), clientIdsOnPortal());
    }

    @Test
    void undoAfterAColleaguesChangeIsAConflict_notAnOverwrite() {
        maria.record().add(client(boris));
        maria.record().save();
        pavel.letTimePass();
        pavel.record().add(client(carla));
        pavel.record().save();
        assertEquals("Saved: 3 clients", pavel.status().text());

        maria.record().undo();

        assertEquals(Tone.WAITING, maria.status().tone());
        assertEquals(List.of(anna.id(), boris.id(), carla.id()), clientIdsOnPortal());
    }
}
