package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The phones and e-mails of a crm.item.add: an {@code fm} list of {typeId, valueType, value}, and
 * also {@code phone} / {@code email} as one text or a list of {value, valueType}.
 */
final class NewItemFields {

    private NewItemFields() {
    }

    static List<Multifield> multifields(JsonNode fields) {
        List<Multifield> result = new ArrayList<>();
        for (JsonNode field : Params.elements(Params.node(fields, "fm"))) {
            add(result, Params.text(Params.node(field, "typeId")), field);
        }
        add(result, "PHONE", Params.node(fields, "phone"));
        add(result, "EMAIL", Params.node(fields, "email"));
        return result;
    }

    private static void add(List<Multifield> result, String typeId, JsonNode given) {
        if (typeId == null || !Params.present(given)) {
            return;
        }
        if (given.isValueNode()) {
            addValue(result, typeId, "WORK", given.asText());
        } else if (given.has("value")) {
            String valueType = Params.text(given.get("valueType"));
            addValue(result, typeId, valueType == null ? "WORK" : valueType, given.get("value").asText());
        } else {
            Params.elements(given).forEach(element -> add(result, typeId, element));
        }
    }

    private static void addValue(List<Multifield> result, String typeId, String valueType, String value) {
        if (!value.isBlank()) {
            result.add(new Multifield(0, typeId.toUpperCase(Locale.ROOT), valueType.toUpperCase(Locale.ROOT),
                    value.trim()));
        }
    }
}
