package dev.waitlistdesk.portal.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.port.DealInfo;
import dev.waitlistdesk.sandbox.RunningSandbox;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The desk's deal directory on the sandbox portal's CRM, over HTTP. */
class CrmDealDirectoryTest {

    private static final RestOptions QUICK = RestOptions.defaults().withTime(Clock.systemUTC(), duration -> { });

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();

    private CrmDealDirectory onPracticePortal() {
        Portal portal = Portal.webhook(running.server().webhookUrl());
        return new CrmDealDirectory(new RestDeals(new RestClient(portal, QUICK)), portal);
    }

    @Test
    void dealsAreFoundByTitleAndDescribedWithStageAndProgress() {
        CrmDealDirectory deals = onPracticePortal();
        long won = running.server().data().addDeal("Zebra Dental – whitening", "WON", null, null).id();
        long open = running.server().data().addDeal("Zebra Dental – implants", "C1:NEW", null, null).id();

        List<DealInfo> found = deals.search("zebra", 5);
        Map<Long, DealInfo> described = deals.describe(List.of(won, 999_999L));

        assertEquals(List.of(new DealInfo(open, "Zebra Dental – implants", "New", DealInfo.Progress.OPEN),
                new DealInfo(won, "Zebra Dental – whitening", "Deal won", DealInfo.Progress.WON)), found,
                "stages by the names the portal gives them");
        assertEquals(Map.of(won, found.get(1)), described, "an unknown deal is left out");
        assertEquals(Optional.empty(), deals.url(won), "the practice portal has no pages");
        Portal real = Portal.webhook("https://example.bitrix24.de/rest/1/abcdef123456/");
        assertEquals(Optional.of(URI.create("https://example.bitrix24.de/crm/deal/details/7/")),
                new CrmDealDirectory(new RestDeals(new RestClient(real, QUICK)), real).url(7));
    }

    @Test
    void aDealsNumberFindsThatDealFirst_thenTitlesNamingItWhole() {
        CrmDealDirectory deals = onPracticePortal();
        long first = running.server().data().addDeal("Whitening", "NEW", null, null).id(); // the CRM's deal number
        for (int i = 0; i < 60; i++) { // newer deals whose titles contain "#<first>": #<first>0, #<first>1...
            running.server().data().addDeal("Deal #" + first + i, "NEW", null, null);
        }
        long renewal = running.server().data().addDeal("Renewal of deal #" + first, "NEW", null, null).id();
        running.server().data().addDeal("Deal #" + first + "99", "NEW", null, null);
        long before = running.server().requestsServed();

        List<DealInfo> found = deals.search("#" + first, 5);

        assertEquals(List.of(first, renewal), found.stream().limit(2).map(DealInfo::id).toList(),
                "the deal with that number, then the title naming it whole, before the newer #" + first + "99");
        assertEquals(5, found.size());
        assertEquals(2, running.server().requestsServed() - before, "one for the deals, one for the funnel's stage names");
    }

    @Test
    void stageNamesAreReadOncePerFunnel_andAStageWithoutANameKeepsItsCode() {
        CrmDealDirectory deals = onPracticePortal();
        long won = running.server().data().addDeal("Won", "WON", null, null).id();
        long custom = running.server().data().addDeal("Custom", "C9:UC_KN8KFI", null, null).id();
        deals.describe(List.of(won, custom));
        long before = running.server().requestsServed();

        Map<Long, DealInfo> again = deals.describe(List.of(won, custom));

        assertEquals(1, running.server().requestsServed() - before, "the deals only: their stages are known");
        assertEquals("Deal won", again.get(won).stage());
        assertEquals("C9:UC_KN8KFI", again.get(custom).stage());
    }
}
