package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.bitrix.Method;
import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.RestException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON shapes the waitlist and booking methods share: clients, deal links, periods, slots. */
final class Wire {

    private static final List<String> WEEK_DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    private Wire() {
    }

    static List<Map<String, Object>> clients(List<ClientRef> clients) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ClientRef ref : clients) {
            Map<String, Object> type = new LinkedHashMap<>();
            type.put("module", ref.type().module());
            type.put("code", ref.type().code());
            Map<String, Object> client = new LinkedHashMap<>();
            client.put("id", ref.id());
            client.put("type", type);
            list.add(client);
        }
        return list;
    }

    static List<ClientRef> clients(Method method, JsonNode result, String key) {
        List<ClientRef> refs = new ArrayList<>();
        for (JsonNode row : Answers.field(method, result, key)) {
            JsonNode type = row.path("type");
            refs.add(new ClientRef(row.path("id").asLong(),
                    new ClientType(type.path("module").asText("crm"), type.path("code").asText())));
        }
        return refs;
    }

    static List<Map<String, Object>> links(List<ExternalLink> links) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ExternalLink link : links) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("moduleId", link.moduleId());
            item.put("entityTypeId", link.entityTypeId());
            item.put("value", link.value());
            list.add(item);
        }
        return list;
    }

    static List<ExternalLink> links(Method method, JsonNode result) {
        List<ExternalLink> links = new ArrayList<>();
        for (JsonNode row : Answers.field(method, result, "externalData")) {
            links.add(new ExternalLink(row.path("moduleId").asText(), row.path("entityTypeId").asText(),
                    row.path("value").asText()));
        }
        return links;
    }

    /** A booking row; null for one whose period ends before it starts (it takes no time from anyone). */
    static Booking booking(Method method, JsonNode row) {
        JsonNode period = row.path("datePeriod");
        long from = timestamp(method, period.path("from"));
        long to = timestamp(method, period.path("to"));
        if (to <= from) {
            return null;
        }
        List<Long> resourceIds = new ArrayList<>();
        row.path("resourceIds").forEach(id -> resourceIds.add(id.asLong()));
        return new Booking(row.path("id").asLong(), text(row.get("name")), text(row.get("description")), resourceIds,
                new DatePeriod(Instant.ofEpochSecond(from), Instant.ofEpochSecond(to),
                        zoneOr(period.path("from").path("timezone").asText(""), ZoneOffset.UTC)));
    }

    /** The docs' format line quotes the timestamp as text, the examples send a number: both are read. */
    private static long timestamp(Method method, JsonNode point) {
        JsonNode value = point.path("timestamp");
        if (value.canConvertToLong() || value.asText().matches("-?\\d{1,18}")) {
            return value.asLong();
        }
        throw Answers.unreadable(method, "a booking has no timestamp");
    }

    /** An entry of slots.list; an unknown zone or a range outside 0–1440 makes the answer unusable. */
    static WorkingHours workingHours(Method method, JsonNode row) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (JsonNode day : row.path("weekDays")) {
            int index = WEEK_DAYS.indexOf(day.asText());
            if (index >= 0) {
                days.add(DayOfWeek.of(index + 1));
            }
        }
        try {
            return new WorkingHours(row.path("from").asInt(), row.path("to").asInt(), days,
                    ZoneId.of(row.path("timezone").asText()), row.path("slotSize").asInt());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw Answers.unreadable(method, "working hours " + row + " cannot be used (" + e.getMessage() + ")");
        }
    }

    private static ZoneId zoneOr(String zone, ZoneId fallback) {
        try {
            return zone.isEmpty() ? fallback : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return fallback; // the timestamp alone fixes the instant; the zone only names it
        }
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? "" : node.asText();
    }

    static boolean isCode(RestException e, String code) {
        return e.code().equals(code);
    }
}
