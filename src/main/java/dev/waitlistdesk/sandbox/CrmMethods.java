package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** crm.item.list / get / add for deals (2), contacts (3) and companies (4); crm.duplicate.findbycomm. */
final class CrmMethods {

    static final int PAGE = 50;

    private final SandboxData data;

    private CrmMethods(SandboxData data) {
        this.data = data;
    }

    static void register(Methods methods, SandboxData data) {
        CrmMethods crm = new CrmMethods(data);
        methods.add("crm.item.list", crm::list);
        methods.add("crm.item.get", crm::get);
        methods.add("crm.item.add", crm::add);
        methods.add("crm.duplicate.findbycomm", new DuplicateSearch(data)::call);
    }

    private Answer list(Params params) {
        int entityTypeId = entityTypeId(params);
        Set<String> fields = fieldsOf(entityTypeId);
        Predicate<CrmItem> filter = CrmFilter.parse(params.get("filter"), fields);
        Comparator<CrmItem> order = order(params.get("order"), fields);
        List<CrmItem> found = new ArrayList<>();
        // An id condition at the top level narrows the candidates through the id index: resolving
        // 50 names among 100,000 contacts must not scan them all. The whole filter still applies.
        java.util.Optional<Set<Long>> ids = CrmFilter.topLevelIds(params.get("filter"));
        List<CrmItem> candidates = ids.isPresent() ? data.items(entityTypeId, ids.get()) : data.items(entityTypeId);
        for (CrmItem item : candidates) {
            if (filter.test(item)) {
                found.add(item);
            }
        }
        found.sort(order);
        int start = params.optionalInt("start", 0);
        boolean counting = start != -1;
        start = Math.max(0, start);
        ArrayNode items = WaitlistMethods.array();
        Set<String> select = select(params.get("select"));
        found.stream().skip(start).limit(PAGE).forEach(item -> items.add(json(item, select)));
        ObjectNode result = WaitlistMethods.object().set("items", items);
        if (!counting) {
            return new Answer(result, 0, null);
        }
        Integer next = start + PAGE < found.size() ? start + PAGE : null;
        return new Answer(result, found.size(), next);
    }

    private Answer get(Params params) {
        int entityTypeId = entityTypeId(params);
        Long id = Params.asLong(params.get("id"));
        if (id == null) {
            throw ApiError.invalidArg("Parameter 'id' is required");
        }
        CrmItem item = data.item(entityTypeId, id)
                .orElseThrow(() -> ApiError.of(400, "NOT_FOUND", "Item not found"));
        return Answer.of(WaitlistMethods.object().set("item", json(item, null)));
    }

    private Answer add(Params params) {
        int entityTypeId = entityTypeId(params);
        JsonNode fields = params.get("fields");
        if (!fields.isObject()) {
            throw ApiError.invalidArg("Parameter 'fields' must be an object");
        }
        List<Multifield> fm = NewItemFields.multifields(fields);
        CrmItem item;
        if (entityTypeId == Deal.ENTITY_TYPE_ID) {
            String stage = text(fields, "stageId");
            item = data.addDeal(text(fields, "title"), stage.isEmpty() ? "NEW" : stage,
                    Params.asLong(Params.node(fields, "contactId")), Params.asLong(Params.node(fields, "companyId")));
        } else if (entityTypeId == Contact.ENTITY_TYPE_ID) {
            Long companyId = Params.asLong(Params.node(fields, "companyId"));
            item = data.addContact(text(fields, "name"), text(fields, "secondName"), text(fields, "lastName"),
                    text(fields, "post"), companyId, fm);
        } else {
            item = data.addCompany(text(fields, "title"), text(fields, "industry"), fm);
        }
        return Answer.of(WaitlistMethods.object().set("item", json(item, null)));
    }

    private static String text(JsonNode fields, String name) {
        String value = Params.text(Params.node(fields, name));
        return value == null ? "" : value;
    }

    static int entityTypeId(Params params) {
        Long id = Params.asLong(params.get("entityTypeId"));
        if (id == null) {
            throw ApiError.invalidArg("Parameter 'entityTypeId' is required");
        }
        if (id != Contact.ENTITY_TYPE_ID && id != Company.ENTITY_TYPE_ID && id != Deal.ENTITY_TYPE_ID) {
            throw ApiError.of(400, "NOT_FOUND", "SPA not found");
        }
        return id.intValue();
    }

    private static Set<String> fieldsOf(int entityTypeId) {
        return entityTypeId == Contact.ENTITY_TYPE_ID ? Contact.FIELDS
                : entityTypeId == Company.ENTITY_TYPE_ID ? Company.FIELDS : Deal.FIELDS;
    }

    /** null = all fields and fm (no select, or "*" in it). */
    private static Set<String> select(JsonNode select) {
        if (!Params.isList(select) || select.isEmpty()) {
            return null;
        }
        Set<String> names = new java.util.HashSet<>();
        for (JsonNode name : Params.elements(select)) {
            names.add(name.asText());
        }
        return names.contains("*") ? null : names;
    }

    /** An item as crm.item.* shows it: the selected fields (id always), fm only with everything. */
    static ObjectNode json(CrmItem item, Set<String> select) {
        ObjectNode json = WaitlistMethods.object();
        for (String name : item.fieldNames()) {
            if (select == null || select.contains(name) || name.equals("id")) {
                json.set(name, SandboxJson.MAPPER.valueToTree(item.field(name)));
            }
        }
        if (select == null && item.hasMultifields()) {
            ArrayNode fm = json.putArray("fm");
            item.fm().forEach(field -> fm.add(WaitlistMethods.object().put("id", field.id())
                    .put("typeId", field.typeId()).put("valueType", field.valueType()).put("value", field.value())));
        }
        return json;
    }

    private static Comparator<CrmItem> order(JsonNode order, Set<String> fields) {
        Comparator<CrmItem> comparator = null;
        if (order != null && order.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = order.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String field = entry.getKey();
                String direction = entry.getValue().asText().toUpperCase(Locale.ROOT);
                if (!fields.contains(field)) {
                    throw ApiError.invalidArg("Invalid order: field '" + field + "' is not allowed in order");
                }
                if (!direction.equals("ASC") && !direction.equals("DESC")) {
                    throw ApiError.invalidArg("Invalid order: allowed sort directions are ASC, DESC. But got '"
                            + entry.getValue().asText() + "' for field '" + field + "'");
                }
                Comparator<CrmItem> byField = Comparator.comparing(item -> item.field(field), CrmMethods::compareValues);
                byField = direction.equals("DESC") ? byField.reversed() : byField;
                comparator = comparator == null ? byField : comparator.thenComparing(byField);
            }
        }
        Comparator<CrmItem> byId = Comparator.comparingLong(CrmItem::id);
        return comparator == null ? byId : comparator.thenComparing(byId);
    }

    /** Nulls first, numbers as numbers, text ignoring case. */
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Long && b instanceof Long) {
            return Long.compare((Long) a, (Long) b);
        }
        return a.toString().compareToIgnoreCase(b.toString());
    }
}
