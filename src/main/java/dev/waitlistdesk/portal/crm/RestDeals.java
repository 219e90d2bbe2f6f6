package dev.waitlistdesk.portal.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.Paging;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.port.TypedText;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** CRM deals (crm.item.list with entityTypeId 2): search by title, resolve ids. Blocks on the network. */
public final class RestDeals {

    static final int DEAL = 2;
    private static final List<String> FIELDS = List.of("id", "title", "stageId", "stageSemanticId", "closed");

    private static final System.Logger LOG = System.getLogger(RestDeals.class.getName());

    private final RestClient client;
    private final Map<String, Map<String, String>> stagesByFunnel = new ConcurrentHashMap<>();

    public RestDeals(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Deals whose title contains the text (ignoring case on the portals we know), at most {@code limit}:
     * the deal with that id first when the text is one ("17", "#17"), then titles naming the text
     * whole ("Deal #17" before "Deal #179"), each newest first. One request: the id rides in the batch,
     * since an old "Deal #17" is not on the first page of titles containing "#17".
     */
    public List<Deal> search(String title, int limit) {
        String text = title == null ? "" : title.strip();
        if (text.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<BatchCommand> commands = new ArrayList<>();
        String id = TypedText.recordId(text);
        if (!id.isEmpty()) {
            commands.add(new BatchCommand("numbered", CrmCalls.ITEM_LIST, params(Map.of("@id", List.of(id)), "DESC")));
        }
        commands.add(new BatchCommand("titled", CrmCalls.ITEM_LIST, params(Map.of("%title", text), "DESC")));
        BatchResult batch = client.batch(commands).throwFirstError();
        Map<Long, Deal> found = new LinkedHashMap<>();
        commands.forEach(command -> batch.result(command.key())
                .ifPresent(r -> r.path("items").forEach(item -> found.putIfAbsent(item.path("id").asLong(), deal(item)))));
        Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<Deal> deals = new ArrayList<>(found.values());
        deals.sort(Comparator.comparing((Deal deal) -> !String.valueOf(deal.id()).equals(id))
                .thenComparing(deal -> !whole.matcher(deal.title()).find()));
        return deals.size() > limit ? List.copyOf(deals.subList(0, limit)) : deals;
    }

    /**
     * Title and stage of these deals in one HTTP request (a batch of {@code @id} lists of 50, up to
     * 2,500 ids); deals the CRM no longer has (or the user may not see) are absent. Input order.
     */
    public Map<Long, Deal> resolve(Collection<Long> dealIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(dealIds));
        List<BatchCommand> commands = new ArrayList<>();
        List<List<Long>> chunks = Paging.chunks(ids);
        for (int i = 0; i < chunks.size(); i++) {
            commands.add(new BatchCommand("deals_" + i, CrmCalls.ITEM_LIST, params(Map.of("@id", chunks.get(i)), "ASC")));
        }
        if (commands.isEmpty()) {
            return Map.of();
        }
        BatchResult batch = client.batch(commands).throwFirstError();
        Map<Long, Deal> byId = new LinkedHashMap<>();
        for (BatchCommand command : commands) {
            batch.result(command.key()).ifPresent(r -> r.path("items").forEach(item -> {
                Deal deal = deal(item);
                byId.put(deal.id(), deal);
            }));
        }
        Map<Long, Deal> ordered = new LinkedHashMap<>();
        for (long id : ids) {
            if (byId.containsKey(id)) {
                ordered.put(id, byId.get(id));
            }
        }
        return ordered;
    }

    /**
     * Stage names by stage id ({@code crm.status.list}, bitrix24-api.md §8.2), read once per funnel
     * for this portal, all unread funnels in one batch. Names are decoration: a funnel the portal
     * will not list keeps its codes, and a failed request leaves the codes for this time.
     */
    public Map<String, String> stageNames(Collection<String> stageIds) {
        List<String> unread = stageIds.stream().filter(id -> !id.isEmpty()).map(RestDeals::funnelOf).distinct()
                .filter(funnel -> !stagesByFunnel.containsKey(funnel)).toList();
        if (!unread.isEmpty()) {
            try {
                BatchResult batch = client.batch(unread.stream().map(funnel -> new BatchCommand(funnel,
                        CrmCalls.STATUS_LIST, Map.of("filter", Map.of("ENTITY_ID", funnel)))).toList());
                unread.forEach(funnel -> stagesByFunnel.put(funnel, stages(batch, funnel)));
            } catch (RestException e) {
                LOG.log(System.Logger.Level.INFO, "Deal stage names could not be read ({0}); showing codes", e.kind());
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        stageIds.forEach(id -> Optional.ofNullable(stagesByFunnel.getOrDefault(funnelOf(id), Map.of()).get(id))
                .ifPresent(name -> names.put(id, name)));
        return names;
    }

    /** The funnel's entity for crm.status.list: {@code C1:WON} is in DEAL_STAGE_1, {@code WON} in DEAL_STAGE. */
    static String funnelOf(String stageId) {
        int colon = stageId.indexOf(':');
        return colon > 1 && stageId.charAt(0) == 'C' ? "DEAL_STAGE_" + stageId.substring(1, colon) : "DEAL_STAGE";
    }

    /** STATUS_ID → NAME of one funnel's rows: an array in {@code result}, or one inside it. */
    private static Map<String, String> stages(BatchResult batch, String funnel) {
        Map<String, String> names = new LinkedHashMap<>();
        try {
            batch.result(funnel).ifPresent(result -> {
                JsonNode rows = result.isArray() ? result : result.findValue("items");
                (rows == null ? result : rows).forEach(row -> {
                    String id = text(row.get("STATUS_ID"));
                    String name = text(row.get("NAME"));
                    if (!id.isEmpty() && !name.isEmpty()) {
                        names.put(id, name);
                    }
                });
            });
        } catch (RestException e) { // this funnel refused (no access...): its codes stay
            LOG.log(System.Logger.Level.INFO, "Stage names of {0} refused ({1})", funnel, e.kind());
        }
        return names;
    }

    /**
     * The deal's page in the portal, {@code https://<portal>/crm/deal/details/<id>/}: the documented
     * path (BX24.openPath) on the portal's address. None for the practice portal on this computer,
     * which has no web pages.
     */
    public static Optional<URI> dealUrl(Portal portal, long dealId) {
        if (portal.isLoopback()) {
            return Optional.empty();
        }
        return Optional.of(URI.create("https://" + portal.host() + "/crm/deal/details/" + dealId + "/"));
    }

    private static Map<String, Object> params(Map<String, ?> filter, String idOrder) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("entityTypeId", DEAL);
        params.put("select", FIELDS);
        params.put("filter", filter);
        params.put("order", Map.of("id", idOrder));
        params.put("start", -1); // one page, no total counted
        return params;
    }

    private static Deal deal(JsonNode item) {
        String closed = item.path("closed").asText("N");
        return new Deal(item.path("id").asLong(), text(item.get("title")), text(item.get("stageId")),
                text(item.get("stageSemanticId")), closed.equalsIgnoreCase("Y") || closed.equalsIgnoreCase("true"));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? "" : node.asText().strip();
    }
}
