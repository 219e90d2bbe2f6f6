package dev.waitlistdesk.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The {@code batch} method: at most 50 commands per HTTP request, so larger sets go in chunks.
 * A batch is as safe to repeat as its least safe command: one of reads and fixed-state writes
 * (client.set, update) is retried after a network error or 5xx; one that adds something never is.
 */
final class Batches {

    static final int MAX_COMMANDS = RestClient.PAGE_SIZE;

    private final RestClient client;
    private final ResponseReader reader;

    Batches(RestClient client, ResponseReader reader) {
        this.client = client;
        this.reader = reader;
    }

    BatchResult run(List<BatchCommand> commands, boolean halt) {
        Set<String> keys = new HashSet<>();
        for (BatchCommand command : commands) {
            if (!keys.add(command.key())) {
                throw new IllegalArgumentException("Two batch commands share the key " + command.key());
            }
        }
        BatchResult result = new BatchResult();
        for (int from = 0; from < commands.size(); from += MAX_COMMANDS) {
            List<BatchCommand> chunk = commands.subList(from, Math.min(commands.size(), from + MAX_COMMANDS));
            runChunk(chunk, halt, result);
            if (halt && !result.errors().isEmpty()) {
                break; // the commands after the failure are not run, as halt asks
            }
        }
        return result;
    }

    private void runChunk(List<BatchCommand> chunk, boolean halt, BatchResult into) {
        Map<String, String> cmd = new LinkedHashMap<>();
        Map<String, String> methods = new LinkedHashMap<>();
        for (BatchCommand command : chunk) {
            cmd.put(command.key(), command.cmd());
            methods.put(command.key(), command.method());
        }
        boolean idempotent = chunk.stream().allMatch(command -> RestClient.isIdempotent(command.method()));
        JsonNode answer = client.execute("batch", Map.of("halt", halt ? 1 : 0, "cmd", cmd), idempotent).result();
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
