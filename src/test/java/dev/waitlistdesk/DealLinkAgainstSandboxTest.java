package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.portal.booking.ExternalLink;
import dev.waitlistdesk.portal.booking.RestWaitlistApi;
import dev.waitlistdesk.portal.crm.Deal;
import dev.waitlistdesk.portal.crm.RestDeals;
import dev.waitlistdesk.sandbox.RunningSandbox;
import dev.waitlistdesk.sandbox.SandboxData;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Deals linked to a waitlist record, found by title and resolved by id: client and sandbox over HTTP. */
class DealLinkAgainstSandboxTest {

    private static final RestOptions QUICK = RestOptions.defaults().withTime(Clock.systemUTC(), duration -> { });

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    private SandboxData data;
    private RestWaitlistApi waitlist;
    private RestDeals deals;

    @BeforeEach
    void start() {
        data = running.server().data();
        RestClient client = new RestClient(Portal.webhook(running.server().webhookUrl()), QUICK);
        waitlist = new RestWaitlistApi(client);
        deals = new RestDeals(client);
    }

    @Test
    void aDealIsLinkedResolvedWithTitleAndStageAndUnlinked() {
        long record = waitlist.add("Sales lead");
        dev.waitlistdesk.sandbox.Deal won = data.addDeal("Annual plan Fischer", "WON", 1L, null);
        dev.waitlistdesk.sandbox.Deal open = data.addDeal("Implant consultation Koch", "C1:NEW", null, null);

        assertEquals(List.of(won.id(), open.id()), waitlist.replaceDeals(record, List.of(won.id(), open.id())));
        Map<Long, Deal> resolved = deals.resolve(waitlist.dealIds(record));
        assertEquals(new Deal(won.id(), "Annual plan Fischer", "WON", "S", true), resolved.get(won.id()));
        assertEquals(new Deal(open.id(), "Implant consultation Koch", "C1:NEW", "P", false), resolved.get(open.id()));

        assertEquals(List.of(open.id()), waitlist.replaceDeals(record, List.of(open.id())), "one unlinked");
        assertEquals(List.of(), waitlist.replaceDeals(record, List.of()), "all unlinked");
        assertEquals(List.of(), waitlist.externalData(record));
    }

    @Test
    void manyLinkedDealsResolveInOneBatchAndUnknownOnesAreLeftOut() {
        List<Long> ids = java.util.stream.LongStream.rangeClosed(1, 120).boxed().toList();
        List<Long> asked = new java.util.ArrayList<>(ids);
        asked.add(999_999L);

        Map<Long, Deal> resolved = deals.resolve(asked);

        assertEquals(ids, List.copyOf(resolved.keySet()));
        assertEquals(data.deals().get(41).title(), resolved.get(42L).title());
    }

    @Test
    void dealsAreFoundByTitleIgnoringCaseNewestFirst() {
        long older = data.addDeal("Zebra Dental – whitening", "NEW", null, null).id();
        long newer = data.addDeal("ZEBRA dental – implants", "PREPARATION", null, null).id();
        data.addDeal("Something else", "NEW", null, null);

        List<Deal> found = deals.search("zebra dental", 10);

        assertEquals(List.of(newer, older), found.stream().map(Deal::id).toList());
        assertEquals(1, deals.search("zebra", 1).size());
        assertEquals(List.of(), deals.search("  ", 10));
    }

    @Test
    void aDealOpensAtThePortalsAddressButThePracticePortalHasNoPages() {
        assertEquals(Optional.of(URI.create("https://acme.bitrix24.com/crm/deal/details/42/")),
                RestDeals.dealUrl(Portal.webhook("https://acme.bitrix24.com/rest/1/abc123/"), 42));
        assertFalse(RestDeals.dealUrl(Portal.webhook(running.server().webhookUrl()), 42).isPresent());
        assertTrue(data.deals().size() >= 500, "the seeded links point at deals 1..500");
    }
}
