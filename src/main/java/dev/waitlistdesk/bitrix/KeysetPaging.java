package dev.waitlistdesk.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a whole list by id instead of by offset (settings/performance/huge-data.md): order by id
 * ascending, filter {@code >id} the last id seen, {@code start=-1} so no total is counted, and stop
 * at a page shorter than 50. Pacing between pages is the rate limiter's job.
 */
public final class KeysetPaging {

    static final int PAGE = RestClient.PAGE_SIZE;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private KeysetPaging() {
    }

    /**
     * Every row of {@code crm.item.list}-like methods whose rows are in {@code result.<itemsField>}.
     *
     * @param params the call's parameters; its {@code filter} is kept and extended with {@code >id}
     */
    public static List<JsonNode> all(RestClient client, Method method, Map<String, ?> params, String itemsField) {
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
            long before = lastId;
            for (JsonNode item : items) {
                rows.add(item);
                lastId = Math.max(lastId, id(method.name(), item));
            }
            if (items.size() < PAGE) {
                return rows;
            }
            if (lastId <= before) {
                // A portal that ignores ">id" would send the same page for ever.
                throw new RestException(RestException.Kind.UNREADABLE_RESPONSE, RestException.Reason.PAGING_STUCK,
                        method.name(), 200, "The portal sent the same page again (no id above " + before
                                + "), so reading the list was stopped.");
            }
        }
    }

    /** A row's id, a number or a numeric string as Bitrix24 sends both; anything else is refused. */
    private static long id(String method, JsonNode item) {
        JsonNode id = item.path("id");
        if (id.isIntegralNumber() && id.canConvertToLong() && id.longValue() > 0) {
            return id.longValue();
        }
        if (id.isTextual() && DIGITS.matcher(id.textValue()).matches() && Long.parseLong(id.textValue()) > 0) {
            return Long.parseLong(id.textValue());
        }
        throw new RestException(RestException.Kind.UNREADABLE_RESPONSE, RestException.Reason.PAGING_STUCK,
                method, 200, "The portal sent a list row without a numeric id, so the list cannot be read.");
    }
}
