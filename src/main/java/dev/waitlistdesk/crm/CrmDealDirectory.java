package dev.waitlistdesk.crm;

import static dev.waitlistdesk.adapters.RestFailures.translated;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.desk.DealDirectory;
import dev.waitlistdesk.desk.DealInfo;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The desk's deal directory on the Bitrix24 CRM (crm.item.* with entityTypeId 2). */
public final class CrmDealDirectory implements DealDirectory {

    private final RestDeals deals;
    private final Portal portal;

    public CrmDealDirectory(RestDeals deals, Portal portal) {
        this.deals = deals;
        this.portal = portal;
    }

    @Override
    public List<DealInfo> search(String title, int limit) {
        return translated(() -> deals.search(title, limit).stream().map(CrmDealDirectory::info).toList());
    }

    @Override
    public Map<Long, DealInfo> describe(Collection<Long> dealIds) {
        return translated(() -> {
            Map<Long, DealInfo> described = new LinkedHashMap<>();
            deals.resolve(dealIds).forEach((id, deal) -> described.put(id, info(deal)));
            return described;
        });
    }

    @Override
    public Optional<URI> url(long dealId) {
        return RestDeals.dealUrl(portal, dealId);
    }

    private static DealInfo info(Deal deal) {
        DealInfo.Progress progress = switch (deal.stageSemantic().toUpperCase(java.util.Locale.ROOT)) {
            case "S" -> DealInfo.Progress.WON;
            case "F" -> DealInfo.Progress.LOST;
            default -> DealInfo.Progress.OPEN;
        };
        return new DealInfo(deal.id(), deal.title(), deal.stageId(), progress);
    }
}
