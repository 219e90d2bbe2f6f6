package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * batch: up to 50 "method?query" commands run in order, one request against the rate limit. A
 * value {@code $result[key][field]...} takes a part of an earlier command's result.
 */
final class BatchMethod implements Methods.RestMethod {

    static final int MAX_COMMANDS = 50;
    private static final Pattern REFERENCE = Pattern.compile("\\$result\\[([^\\]]+)]((?:\\[[^\\]]*])*)");
    private static final Pattern STEP = Pattern.compile("\\[([^\\]]*)]");

    private final Methods methods;

    BatchMethod(Methods methods) {
        this.methods = methods;
    }

    @Override
    public Answer call(Params params) {
        JsonNode commands = params.get("cmd");
        if (!Params.isList(commands) || commands.isEmpty()) {
            throw ApiError.missing("cmd");
        }
        if (commands.size() > MAX_COMMANDS) {
            throw ApiError.of(400, "ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded");
        }
        boolean halt = Params.truthy(params.get("halt"));
        Map<String, JsonNode> results = new LinkedHashMap<>();
        Map<String, JsonNode> errors = new LinkedHashMap<>();
        Map<String, JsonNode> totals = new LinkedHashMap<>();
        Map<String, JsonNode> nexts = new LinkedHashMap<>();
        Map<String, JsonNode> times = new LinkedHashMap<>();
        for (Map.Entry<String, String> command : commands(commands)) {
            long startNanos = System.nanoTime();
            Instant start = Instant.now();
            try {
                Answer answer = run(command.getValue(), results);
                results.put(command.getKey(), answer.result());
                if (answer.total() != null) {
                    totals.put(command.getKey(), SandboxJson.MAPPER.valueToTree(answer.total()));
                }
                if (answer.next() != null) {
                    nexts.put(command.getKey(), SandboxJson.MAPPER.valueToTree(answer.next()));
                }
            } catch (ApiError error) {
                errors.put(command.getKey(), error.toJson());
            }
            ObjectNode time = TimeBlock.since(startNanos, start);
            time.remove("operating");
            times.put(command.getKey(), time);
            if (halt && errors.containsKey(command.getKey())) {
                break;
            }
        }
        ObjectNode result = WaitlistMethods.object();
        result.set("result", phpArray(results));
        result.set("result_error", phpArray(errors));
        result.set("result_total", phpArray(totals));
        result.set("result_next", phpArray(nexts));
        result.set("result_time", phpArray(times));
        return Answer.of(result);
    }

    private static List<Map.Entry<String, String>> commands(JsonNode commands) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        if (commands.isArray()) {
            for (int i = 0; i < commands.size(); i++) {
                list.add(Map.entry(Integer.toString(i), commands.get(i).asText()));
            }
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = commands.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                list.add(Map.entry(entry.getKey(), entry.getValue().asText()));
            }
        }
        return list;
    }

    private Answer run(String command, Map<String, JsonNode> results) {
        int question = command.indexOf('?');
        String method = (question < 0 ? command : command.substring(0, question)).trim();
        if (method.equalsIgnoreCase("batch")) {
            throw ApiError.of(405, "ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage");
        }
        ObjectNode params;
        try {
            params = BracketForm.decode(question < 0 ? "" : command.substring(question + 1));
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "INVALID_REQUEST", "The command's query string is malformed");
        }
        params.remove("auth");
        substitute(params, results);
        return methods.call(RestHandler.withoutFormat(method), new Params(params));
    }

    /** Replaces $result[...] references in text values by what earlier commands returned. */
    private static void substitute(JsonNode node, Map<String, JsonNode> results) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isTextual()) {
                    object.set(name, resolve(child, results));
                } else {
                    substitute(child, results);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isTextual()) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, resolve(node.get(i), results));
                } else {
                    substitute(node.get(i), results);
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode text, Map<String, JsonNode> results) {
        Matcher whole = REFERENCE.matcher(text.asText());
        if (!whole.matches()) {
            return text;
        }
        JsonNode value = results.get(whole.group(1));
        Matcher step = STEP.matcher(whole.group(2));
        while (value != null && step.find()) {
            String key = step.group(1);
            value = value.isArray() && key.matches("\\d+") ? value.get(Integer.parseInt(key)) : value.get(key);
        }
        return value == null ? SandboxJson.MAPPER.getNodeFactory().textNode("") : value;
    }

    /** As PHP's json_encode writes an array: [] when empty, a list for keys 0..n-1, else an object. */
    static JsonNode phpArray(Map<String, JsonNode> section) {
        List<String> keys = new ArrayList<>(section.keySet());
        boolean list = true;
        for (int i = 0; i < keys.size() && list; i++) {
            list = keys.get(i).equals(Integer.toString(i));
        }
        if (list) {
            com.fasterxml.jackson.databind.node.ArrayNode array = WaitlistMethods.array();
            section.values().forEach(array::add);
            return array;
        }
        ObjectNode object = WaitlistMethods.object();
        section.forEach(object::set);
        return object;
    }
}
