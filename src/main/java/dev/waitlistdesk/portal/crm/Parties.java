package dev.waitlistdesk.portal.crm;

import dev.waitlistdesk.port.Client;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads crm.item rows into the desk's {@link Client}. */
final class Parties {

    static final List<String> CONTACT_FIELDS = List.of("id", "name", "secondName", "lastName", "phone", "email");
    static final List<String> COMPANY_FIELDS = List.of("id", "title", "phone", "email");

    private Parties() {
    }

    static List<String> select(CrmKind kind) {
        return kind == CrmKind.CONTACT ? CONTACT_FIELDS : COMPANY_FIELDS;
    }

    static Client party(CrmKind kind, JsonNode item) {
        String name;
        if (kind == CrmKind.CONTACT) {
            List<String> parts = new ArrayList<>();
            for (String field : List.of("name", "secondName", "lastName")) {
                String part = text(item.get(field));
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            name = String.join(" ", parts);
        } else {
            name = text(item.get("title"));
        }
        return new Client(new CrmRef(kind, item.path("id").asLong()).clientId(), name,
                first(item, "phone", "PHONE"), first(item, "email", "EMAIL"));
    }

    /** The flat field (first value of its kind) or, failing that, the first of that type in {@code fm}. */
    private static String first(JsonNode item, String field, String typeId) {
        JsonNode flat = item.get(field);
        if (flat != null && flat.isArray() && !flat.isEmpty()) {
            flat = flat.get(0).has("value") ? flat.get(0).get("value") : flat.get(0).get("VALUE");
        }
        String value = text(flat);
        if (!value.isEmpty()) {
            return value;
        }
        for (JsonNode fm : item.path("fm")) {
            if (typeId.equalsIgnoreCase(fm.path("typeId").asText())) {
                return text(fm.get("value"));
            }
        }
        return "";
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? "" : node.asText().strip();
    }
}
