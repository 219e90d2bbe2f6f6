package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Decodes a query string or form body with PHP bracket keys into JSON, as PHP fills $_POST:
 * {@code clients[0][type][code]=CONTACT} nests, {@code select[]=id} appends, later keys win.
 * Objects whose keys are exactly 0..n-1 become arrays. All values stay text.
 */
final class BracketForm {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BracketForm() {
    }

    /** @throws IllegalArgumentException on a malformed percent escape */
    static ObjectNode decode(String encoded) {
        ObjectNode root = JSON.objectNode();
        if (encoded == null || encoded.isEmpty()) {
            return root;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            put(root, key, value);
        }
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        names.forEach(name -> root.set(name, listsToArrays(root.get(name))));
        return root;
    }

    private static void put(ObjectNode root, String key, String value) {
        List<String> path = path(key);
        ObjectNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            String segment = path.get(i).isEmpty() ? nextIndex(parent) : path.get(i);
            JsonNode child = parent.get(segment);
            if (!(child instanceof ObjectNode)) {
                child = parent.putObject(segment);
            }
            parent = (ObjectNode) child;
        }
        String last = path.get(path.size() - 1);
        parent.put(last.isEmpty() ? nextIndex(parent) : last, value);
    }

    /** "a[b][]" → [a, b, ""]; a key with unbalanced brackets is taken as a plain name. */
    private static List<String> path(String key) {
        List<String> path = new ArrayList<>();
        int open = key.indexOf('[');
        if (open <= 0 || !key.endsWith("]")) {
            path.add(key);
            return path;
        }
        path.add(key.substring(0, open));
        int position = open;
        while (position < key.length()) {
            int close = key.indexOf(']', position);
            if (key.charAt(position) != '[' || close < 0) {
                return List.of(key);
            }
            path.add(key.substring(position + 1, close));
            position = close + 1;
        }
        return path;
    }

    /** PHP appends at one more than the highest integer key so far. */
    private static String nextIndex(ObjectNode node) {
        long next = 0;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.matches("\\d{1,9}")) {
                next = Math.max(next, Long.parseLong(name) + 1);
            }
        }
        return Long.toString(next);
    }

    static JsonNode listsToArrays(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = (ObjectNode) node;
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            object.set(name, listsToArrays(object.get(name)));
        }
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(Integer.toString(i))) {
                return object;
            }
        }
        if (names.isEmpty()) {
            return object;
        }
        ArrayNode array = JSON.arrayNode();
        names.forEach(name -> array.add(object.get(name)));
        return array;
    }
}
