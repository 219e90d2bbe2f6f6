package dev.waitlistdesk.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The {@code batch} method as plain functions: at most 50 commands per HTTP request, so larger sets go
 * in chunks; the request's parameters for one chunk; its answer read into a {@link BatchResult}.
 */
final class Batches {

    static final int MAX_COMMANDS = RestClient.PAGE_SIZE;

    private Batches() {
    }

    static List<List<BatchCommand>> chunks(List<BatchCommand> commands) {
        Set<String> keys = new HashSet<>();
        for (BatchCommand command : commands) {
            if (!keys.add(command.key())) {
                throw new IllegalArgumentException("Two batch commands share the key " + command.key());
            }
        }
        List<List<BatchCommand>> chunks = new ArrayList<>();
        for (int from = 0; from < commands.size(); from += MAX_COMMANDS) {
            chunks.add(commands.subList(from, Math.min(commands.size(), from + MAX_COMMANDS)));
        }
        return chunks;
    }

    static Map<String, Object> params(List<BatchCommand> chunk, boolean halt) {
        Map<String, String> cmd = new LinkedHashMap<>();
        for (BatchCommand command : chunk) {
            cmd.put(command.key(), command.cmd());
        }
        return Map.of("halt", halt ? 1 : 0, "cmd", cmd);
    }

    static void read(JsonNode answer, List<BatchCommand> chunk, ResponseReader reader, BatchResult into) {
        Map<String, String> methods = new LinkedHashMap<>();
        for (BatchCommand command : chunk) {
            methods.put(command.key(), command.method().name());
        }
        forEach(answer.get("result"), into::putResult);
        forEach(answer.get("result_total"), (key, total) -> into.putTotal(key, ResponseReader.integer(total)));
        forEach(answer.get("result_next"), (key, next) -> into.putNext(key, ResponseReader.integer(next)));
        // A command's failure has no HTTP status of its own: 0.
        forEach(answer.get("result_error"), (key, error) -> into.putError(key, error.isObject()
                ? reader.failure(methods.getOrDefault(key, "batch"), key, 0, error.path("error"),
                        error.get("error_description"))
                : reader.failure(methods.getOrDefault(key, "batch"), key, 0, error, null)));
    }

    /** A section comes as an object by key, or as {@code []} when empty (PHP's empty array). */
    private static void forEach(JsonNode section, BiConsumer<String, JsonNode> action) {
        if (section == null || section.isNull()) {
            return;
        }
        if (section.isObject()) {
            section.properties().forEach(entry -> action.accept(entry.getKey(), entry.getValue()));
        } else if (section.isArray()) {
            for (int i = 0; i < section.size(); i++) {
                action.accept(String.valueOf(i), section.get(i));
            }
        }
    }
}
