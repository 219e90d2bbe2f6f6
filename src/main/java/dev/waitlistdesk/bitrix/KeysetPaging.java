package dev.waitlistdesk.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a whole list by id instead of by offset (settings/performance/huge-data.md): order by id
 * ascending, filter {@code >id} the last id seen, {@code start=-1} so no total is counted, and stop
 * at a page shorter than 50. Pacing between pages is the rate limiter's job.
 */
public final class KeysetPaging {

    static final int PAGE = 50;

    private KeysetPaging() {
    }

    /**
     * Every row of {@code crm.item.list}-like methods whose rows are in {@code result.<itemsField>}.
     *
     * @param params the call's parameters; its {@code filter} is kept and extended with {@code >id}
     */
    public static List<JsonNode> all(RestClient client, String method, Map<String, ?> params, String itemsField) {
        List<JsonNode> rows = new ArrayList<>();
        long lastId = 0;
        while (true) {
            Map<String, Object> page = new LinkedHashMap<>(params);
            Map<String, Object> filter = new LinkedHashMap<>();
            if (params.get("filter") instanceof Map<?, ?> given) {
                given.forEach((k, v) -> filter.put(String.valueOf(k), v));
            }
            filter.put(">id", lastId);
            page.put("filter", filter);
            page.put("order", Map.of("id", "ASC"));
            page.put("start", -1);
            JsonNode items = client.call(method, page).path(itemsField);
            for (JsonNode item : items) {
                rows.add(item);
                lastId = Math.max(lastId, item.path("id").asLong());
            }
            if (items.size() < PAGE) {
                return rows;
            }
        }
    }
}
