package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * crm.duplicate.findbycomm: contacts and companies with exactly this phone or e-mail. Phones
 * compare by their digits (so "+49 30 123" finds "+4930123"); e-mails ignoring case.
 */
final class DuplicateSearch {

    private static final int MAX_VALUES = 20;
    private final SandboxData data;

    DuplicateSearch(SandboxData data) {
        this.data = data;
    }

    Answer call(Params params) {
        String type = Params.text(params.get("type"));
        if (type == null || type.isBlank()) {
            throw ApiError.of(400, "Communication type is not defined", "Parameter 'type' is required.");
        }
        if (!type.equals("PHONE") && !type.equals("EMAIL")) {
            throw ApiError.of(400, "Communication type '" + type + "' is not supported in current context",
                    "Parameter 'type' must be PHONE or EMAIL.");
        }
        JsonNode given = params.get("values");
        if (!given.isArray() && !given.isObject() || given.isEmpty()) {
            throw ApiError.of(400, "Communication values is not defined", "Parameter 'values' is required.");
        }
        if (given.size() > MAX_VALUES) {
            throw ApiError.of(400, "Too many communication values", "At most 20 values are allowed.");
        }
        Set<String> wanted = new HashSet<>();
        Params.elements(given).forEach(value -> wanted.add(normal(type, value.asText())));
        String entityType = Params.text(params.get("entity_type"));
        ObjectNode result = WaitlistMethods.object();
        if (entityType == null || entityType.equals("CONTACT")) {
            addHits(result, "CONTACT", new ArrayList<>(data.contacts()), type, wanted);
        }
        if (entityType == null || entityType.equals("COMPANY")) {
            addHits(result, "COMPANY", new ArrayList<>(data.companies()), type, wanted);
        }
        if (entityType == null && result.has("CONTACT") && result.get("CONTACT").size() >= MAX_VALUES) {
            result.remove("COMPANY"); // documented: one type with 20+ hits drops the others
        }
        return Answer.of(result.isEmpty() ? WaitlistMethods.array() : result);
    }

    private static void addHits(ObjectNode result, String key, List<CrmItem> items, String type, Set<String> wanted) {
        ArrayNode ids = WaitlistMethods.array();
        for (CrmItem item : items) {
            for (Multifield field : item.fm()) {
                if (field.typeId().equals(type) && wanted.contains(normal(type, field.value()))) {
                    ids.add(item.id());
                    break;
                }
            }
        }
        if (!ids.isEmpty()) {
            result.set(key, ids);
        }
    }

    private static String normal(String type, String value) {
        return type.equals("PHONE") ? value.replaceAll("\\D", "") : value.trim().toLowerCase(Locale.ROOT);
    }
}
