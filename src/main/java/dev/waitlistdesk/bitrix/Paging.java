package dev.waitlistdesk.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reading whole lists: the one place that knows how Bitrix24 pages. A list call answers at most
 * {@value #PAGE} rows (bitrix24-api.md §1.4); the rest is read
 * <ul>
 * <li>by offset ({@link Offset}): {@code start} = 0, 50, 100…, one page a request ({@link #byOffset})
 *     or many pages in one batch;</li>
 * <li>by id ({@link #byId}): {@code >id} the last id seen, for lists that may be huge (crm.item.list);</li>
 * <li>or, for rows whose ids are known, {@value #PAGE} ids a command ({@link #chunks}).</li>
 * </ul>
 * Pacing between the requests is the rate limiter's job.
 */
public final class Paging {

    static final int PAGE = RestClient.PAGE_SIZE;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private Paging() {
    }

    /** Every row of an offset-paged list, one request a page, at most {@code maxPages} pages. */
    public static List<JsonNode> byOffset(RestClient client, Method method, Map<String, ?> params,
                                          Function<JsonNode, JsonNode> rowsOf, int maxPages) {
        Offset list = new Offset("page", method, params, rowsOf, maxPages);
        while (list.more()) {
            list.read(client.call(method, list.nextPage()));
        }
        return list.rows();
    }

    /**
     * One list read by offset, a batch of pages at a time ({@link #next} gives the commands of the next
     * pages, {@link #read(BatchResult)} takes the batch's answers) or one page a request. Each page names its {@code start}. Reading ends
     * at a short page, at a page that brings no new id (a portal that ignores {@code start} sends the
     * first page again), at the page that reaches the list's {@code total} where the portal tells it
     * (then a list of exactly 2,500 needs no second request for an empty page), or after
     * {@code maxPages}. Rows come once each, by id, in the order read.
     */
    public static final class Offset {

        private final String key;
        private final Method method;
        private final Map<String, ?> params;
        private final Function<JsonNode, JsonNode> rowsOf;
        private final int maxPages;
        private final Map<Long, JsonNode> rows = new LinkedHashMap<>();
        private int asked;
        private int read;
        private boolean ended;

        /**
         * @param key     the batch key of page n is {@code key + n}
         * @param rowsOf  the rows in one page's result (a method-specific field, checked by the caller)
         */
        public Offset(String key, Method method, Map<String, ?> params, Function<JsonNode, JsonNode> rowsOf,
                      int maxPages) {
            this.key = key;
            this.method = method;
            this.params = params;
            this.rowsOf = rowsOf;
            this.maxPages = maxPages;
        }

        /** The commands of up to {@code count} more pages; none once the list ended or at {@code maxPages}. */
        public List<BatchCommand> next(int count) {
            List<BatchCommand> commands = new ArrayList<>();
            while (commands.size() < count && more()) {
                String name = key + asked;
                commands.add(new BatchCommand(name, method, nextPage()));
            }
            return commands;
        }

        /** Reads the asked pages this batch answered, in order, up to where the list ends. */
        public void read(BatchResult batch) {
            while (!ended && read < asked) {
                String name = key + read;
                JsonNode result = batch.result(name).orElseThrow(() -> new RestException(
                        RestException.Kind.UNREADABLE_RESPONSE, method.name(), 200, "",
                        "The batch answer has no result for this command."));
                add(result, batch.total(name));
            }
        }

        /** Reads the answer to {@link #nextPage()}. */
        public void read(JsonNode result) {
            add(result, Optional.empty());
        }

        /** Whether more pages may be asked. */
        public boolean more() {
            return !ended && asked < maxPages;
        }

        /** True when reading stopped at {@code maxPages} although the list went on. */
        public boolean cut() {
            return !ended && read >= maxPages;
        }

        /** The rows read so far, each once. */
        public List<JsonNode> rows() {
            return new ArrayList<>(rows.values());
        }

        /** The parameters of the next page, for a caller that asks one page a request. */
        public Map<String, Object> nextPage() {
            Map<String, Object> page = new LinkedHashMap<>(params);
            page.put("start", asked * PAGE);
            asked++;
            return page;
        }

        private void add(JsonNode result, Optional<Integer> total) {
            JsonNode found = rowsOf.apply(result);
            int before = rows.size();
            found.forEach(row -> rows.putIfAbsent(row.path("id").asLong(), row));
            read++;
            int end = read * PAGE; // rows up to the end of this page
            ended = found.size() < PAGE || rows.size() == before
                    || total.filter(all -> all > 0 && end >= all).isPresent();
        }
    }

    /**
     * Every row of {@code crm.item.list}-like methods, whose rows are in {@code result.<itemsField>}, read
     * by id instead of by offset (settings/performance/huge-data.md): order by id ascending, filter
     * {@code >id} the last id seen, {@code start=-1} so no total is counted, and stop at a short page.
     *
     * @param params the call's parameters; its {@code filter} is kept and extended with {@code >id}
     */
    public static List<JsonNode> byId(RestClient client, Method method, Map<String, ?> params, String itemsField) {
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

    /** The ids in lists of {@value #PAGE}, as one {@code @id} filter answers them in one page. */
    public static <T> List<List<T>> chunks(List<T> ids) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            chunks.add(List.copyOf(ids.subList(from, Math.min(ids.size(), from + PAGE))));
        }
        return chunks;
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
