package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.deals.DealsViewModel;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.port.DealInfo;
import dev.waitlistdesk.sandbox.ExternalLink;
import dev.waitlistdesk.sandbox.RunningSandbox;
import dev.waitlistdesk.sandbox.SandboxData;
import dev.waitlistdesk.sandbox.WaitlistEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Re-creating a record a colleague deleted (after a 1040) over real HTTP: its clients and its deal links come back. */
class RecreateAgainstSandboxTest {

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    @TempDir
    Path dir;

    @Test
    void aRecordDeletedElsewhereIsCreatedAgainWithItsClientsAndDealLinks() {
        // given a record with clients and two linked deals, open on a desk that shows its deals
        SandboxData data = running.server().data();
        WaitlistEntry before = withTwoDeals(data);
        DeskStack desk = new DeskStack(running.server().webhookUrl(), dir, "recreate");
        RecordViewModel record = desk.open(before.id());
        DealsViewModel deals = desk.dealsBox();
        List<Long> linked = deals.linked().stream().map(DealInfo::id).toList();
        assertEquals(List.of(7L, 3L), linked, "the deals box read the links");

        // when a colleague deletes it while this desk removes a client, and Save meets the 1040
        data.deleteWaitlist(before.id());
        record.remove(record.picks().get(0));
        List<String> picks = desk.names();
        record.save();
        assertTrue(record.goneProperty().get());
        assertEquals(List.of("recreate", "discard"), desk.status().commandIds());

        // and the receptionist chooses Create a new record with these clients
        record.statusProperty().get().command("recreate").run();

        // then a new record holds the note, the picks and the same deal links, on the portal and on screen
        long newId = desk.record().id();
        assertNotEquals(before.id(), newId);
        WaitlistEntry created = data.waitlist(newId).orElseThrow();
        assertEquals(before.note(), created.note());
        assertEquals(picks, desk.names());
        assertEquals(before.clients().size() - 1, created.clients().size());
        assertEquals(linked, created.externalData().stream().map(ExternalLink::value).map(Long::parseLong).toList());
        assertEquals(linked, deals.linked().stream().map(DealInfo::id).toList());
    }

    @Test
    void aRecordDeletedWhileTheAppWasClosedIsCreatedAgainFromItsDraftWithItsDealLinks() {
        // given a record with two linked deals, a client removed and not saved, and the app closed
        SandboxData data = running.server().data();
        WaitlistEntry before = withTwoDeals(data);
        DeskStack yesterday = new DeskStack(running.server().webhookUrl(), dir, "restart");
        RecordViewModel record = yesterday.open(before.id());
        yesterday.dealsBox();
        record.remove(record.picks().get(0));
        List<String> picks = yesterday.names();
        yesterday.drafts.close();

        // when a colleague deletes the record, and the next day the desk starts on the draft
        data.deleteWaitlist(before.id());
        DeskStack today = new DeskStack(running.server().webhookUrl(), dir, "restart");
        RecordViewModel gone = today.open(before.id());
        DealsViewModel deals = today.dealsBox(); // it finds no record to read links from
        assertTrue(gone.goneProperty().get());
        assertEquals(picks, today.names());

        // and the receptionist chooses Create a new record with these clients
        gone.statusProperty().get().command("recreate").run();

        // then the new record links the same deals, on the portal and on screen
        long newId = today.record().id();
        assertNotEquals(before.id(), newId);
        WaitlistEntry created = data.waitlist(newId).orElseThrow();
        assertEquals(before.clients().size() - 1, created.clients().size());
        assertEquals(List.of(7L, 3L), created.externalData().stream().map(ExternalLink::value).map(Long::parseLong).toList());
        assertEquals(List.of(7L, 3L), deals.linked().stream().map(DealInfo::id).toList());
    }

    /** A record with more than one client, now linking deals 7 and 3. */
    private static WaitlistEntry withTwoDeals(SandboxData data) {
        WaitlistEntry entry = data.waitlist().stream().filter(e -> e.clients().size() > 1).findFirst().orElseThrow();
        data.setExternalData(entry.id(), List.of(new ExternalLink("crm", "DEAL", "7"), new ExternalLink("crm", "DEAL", "3")));
        return entry;
    }
}
