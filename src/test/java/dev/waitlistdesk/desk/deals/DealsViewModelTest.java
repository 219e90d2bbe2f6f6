package dev.waitlistdesk.desk.deals;

import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.TestDesk;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.port.DealInfo;
import dev.waitlistdesk.port.FakeBooking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.common.Status.Tone;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deals linked to the open record, without a toolkit. */
class DealsViewModelTest {

    @TempDir
    Path dir;
    TestDesk desk;
    FakeBooking portal;
    MainViewModel main;
    DealsViewModel deals;
    long record;
    DealInfo annual;
    DealInfo implant;

    @BeforeEach
    void openRecord() {
        desk = new TestDesk(dir);
        portal = new FakeBooking(desk.store);
        record = desk.store.put("Sales lead");
        annual = portal.deal(17, "Annual plan Fischer", "WON", DealInfo.Progress.WON);
        implant = portal.deal(18, "Implant consultation Koch", "C1:NEW", DealInfo.Progress.OPEN);
        portal.links.put(record, List.of(17L, 99L));
        main = desk.wiring.main(false);
        deals = desk.wiring.deals(portal.services(new FakeBooking.TestClock(Instant.EPOCH, ZoneOffset.UTC)), main.records());
        main.refresh();
        main.open(main.rows().get(0));
    }

    private List<String> titles() {
        return deals.linked().stream().map(DealInfo::title).toList();
    }

    @Test
    void theRecordsDealsShowWithTitleAndStageAndAnUnknownOneSaysSo() {
        assertEquals(List.of("Annual plan Fischer", ""), titles());
        assertEquals("Won", deals.describe(deals.linked().get(0)));
        assertEquals("Not found in the CRM (deleted, or not visible to you)", deals.describe(deals.linked().get(1)));
        deals.openInBrowser(deals.linked().get(0));
        assertEquals(List.of(URI.create("https://example.bitrix24.de/crm/deal/details/17/")), portal.opened);
    }

    @Test
    void aRecordDeletedOnThePortalShowsNoDealsAndNoSecondError() {
        desk.drafts.put(999, new dev.waitlistdesk.settings.DraftStore.Draft("gone", List.of(
                new dev.waitlistdesk.settings.DraftStore.Pick("CONTACT", 1, "Anna Petrova", ""))));
        main.refresh();

        main.open(main.rows().stream().filter(r -> r.id() == 999).findFirst().orElseThrow());

        assertEquals(List.of(), titles());
        assertEquals(Status.NONE, deals.statusProperty().get(), "the record's own status tells it is gone");
    }

    @Test
    void aDealFoundByTitleIsLinkedAndUnlinked() {
        deals.queryProperty().set("implant");
        desk.runScheduled();
        assertEquals(List.of(implant), deals.results());

        deals.link(deals.results().get(0));

        assertEquals(List.of(17L, 99L, 18L), portal.links.get(record));
        assertEquals(Status.success("Linked: Implant consultation Koch"), deals.statusProperty().get());
        assertEquals("", deals.queryProperty().get());

        deals.unlink(annual);

        assertEquals(List.of(99L, 18L), portal.links.get(record));
        assertEquals(List.of("", "Implant consultation Koch"), titles());
        assertEquals(Status.success("Unlinked: Annual plan Fischer"), deals.statusProperty().get());
    }

    @Test
    void aColleaguesChangeIsShownNotOverwrittenAndRetryAppliesMineOnTop() {
        portal.links.put(record, List.of(17L, 18L)); // a colleague linked the implant deal

        deals.unlink(annual);

        assertEquals(List.of(17L, 18L), portal.links.get(record), "nothing written");
        assertEquals(Tone.WAITING, deals.statusProperty().get().tone());
        assertEquals(List.of("Annual plan Fischer", "Implant consultation Koch"), titles());

        deals.statusProperty().get().command("retry").run();

        assertEquals(List.of(18L), portal.links.get(record));
        assertEquals(List.of("Implant consultation Koch"), titles());
    }

    @Test
    void aRecordThatIsGoneOffersRefresh() {
        desk.store.records.remove(record);

        deals.link(implant);

        Status shown = deals.statusProperty().get();
        assertEquals("This record is no longer on the waitlist: a colleague probably booked or deleted it. "
                + "Refresh the list.", shown.text());
        assertTrue(shown.offers("refresh-list"));
        assertEquals("Bitrix24 code 1040 · Wait list not found", shown.detail());
    }
}
