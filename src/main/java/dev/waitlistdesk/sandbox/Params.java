package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A method's parameters, whichever way they came (JSON, form, query). Values from forms are text,
 * so numbers are read from numbers and from numeric text alike, as PHP does; a PHP array with
 * keys 0, 1, 2 may arrive as a JSON object, so lists are read from arrays and objects alike.
 */
final class Params {

    private final ObjectNode node;

    Params(ObjectNode node) {
        this.node = node;
    }

    ObjectNode node() {
        return node;
    }

    JsonNode get(String name) {
        return node(node, name);
    }

    /** A child that is neither absent nor JSON null. */
    static JsonNode node(JsonNode parent, String name) {
        JsonNode child = parent == null ? null : parent.get(name);
        return child == null || child.isNull() ? MissingNode.getInstance() : child;
    }

    static boolean present(JsonNode value) {
        return value != null && !value.isMissingNode() && !value.isNull();
    }

    /** A required top-level integer: code 100 when absent, or when it is not a number. */
    long requiredLong(String name) {
        Long value = asLong(get(name));
        if (value == null) {
            throw ApiError.missing(name);
        }
        return value;
    }

    /** A required top-level array (or PHP-style numbered object): code 100 when absent. */
    List<JsonNode> requiredList(String name) {
        JsonNode value = get(name);
        if (!isList(value)) {
            throw ApiError.missing(name);
        }
        return elements(value);
    }

    int optionalInt(String name, int fallback) {
        Long value = asLong(get(name));
        return value == null ? fallback : value.intValue();
    }

    static Long asLong(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return (long) value.asDouble();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText().trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    /** The elements of an array, or the values of an object with list-like keys; empty otherwise. */
    static List<JsonNode> elements(JsonNode value) {
        List<JsonNode> items = new ArrayList<>();
        if (value != null && (value.isArray() || value.isObject())) {
            value.elements().forEachRemaining(items::add);
        }
        return items;
    }

    static boolean isList(JsonNode value) {
        return value != null && (value.isArray() || value.isObject());
    }

    /** Text of a scalar, or null for objects, arrays and absent values. */
    static String text(JsonNode value) {
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    /** PHP's idea of true: true, 1, "1", "true", "Y". */
    static boolean truthy(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        String text = value.asText().trim().toLowerCase(Locale.ROOT);
        return text.equals("1") || text.equals("true") || text.equals("y");
    }
}
