package dev.waitlistdesk.portal.crm;

import static dev.waitlistdesk.portal.RestFailures.translated;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.port.DealDirectory;
import dev.waitlistdesk.port.DealInfo;
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
        return translated(() -> {
            List<Deal> found = deals.search(title, limit);
            Map<String, String> stages = deals.stageNames(found.stream().map(Deal::stageId).toList());
            return found.stream().map(deal -> info(deal, stages)).toList();
        });
    }

    @Override
    public Map<Long, DealInfo> describe(Collection<Long> dealIds) {
        return translated(() -> {
            Map<Long, Deal> found = deals.resolve(dealIds);
            Map<String, String> stages = deals.stageNames(found.values().stream().map(Deal::stageId).toList());
            Map<Long, DealInfo> described = new LinkedHashMap<>();
            found.forEach((id, deal) -> described.put(id, info(deal, stages)));
            return described;
        });
    }

    @Override
    public Optional<URI> url(long dealId) {
        return RestDeals.dealUrl(portal, dealId);
    }

    /** {@code https://<portal>/crm/contact/details/<id>/} (or company), as for deals. */
    @Override
    public Optional<URI> url(dev.waitlistdesk.port.ClientId client) {
        if (portal.isLoopback()) {
            return Optional.empty();
        }
        String kind = client.kind() == dev.waitlistdesk.port.ClientId.Kind.COMPANY ? "company" : "contact";
        return Optional.of(URI.create("https://" + portal.host() + "/crm/" + kind + "/details/" + client.id() + "/"));
    }

    /** The deal in the desk's words: its stage by name where the portal gave one, else its code. */
    private static DealInfo info(Deal deal, Map<String, String> stageNames) {
        DealInfo.Progress progress = switch (deal.stageSemantic().toUpperCase(java.util.Locale.ROOT)) {
            case "S" -> DealInfo.Progress.WON;
            case "F" -> DealInfo.Progress.LOST;
            default -> DealInfo.Progress.OPEN;
        };
        return new DealInfo(deal.id(), deal.title(), stageNames.getOrDefault(deal.stageId(), deal.stageId()), progress);
    }
}
