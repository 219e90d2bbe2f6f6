package dev.waitlistdesk.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The outcome of a batch, command by command: its result, or its failure as a RestException. */
public final class BatchResult {

    private final Map<String, JsonNode> results = new LinkedHashMap<>();
    private final Map<String, RestException> errors = new LinkedHashMap<>();
    private final Map<String, Integer> totals = new LinkedHashMap<>();
    private final Map<String, Integer> nexts = new LinkedHashMap<>();

    void putResult(String key, JsonNode result) {
        results.put(key, result);
    }

    void putError(String key, RestException error) {
        errors.put(key, error);
    }

    void putTotal(String key, Integer total) {
        totals.put(key, total);
    }

    void putNext(String key, Integer next) {
        nexts.put(key, next);
    }

    /** Results of the commands that succeeded, by key, in answer order. */
    public Map<String, JsonNode> results() {
        return Collections.unmodifiableMap(results);
    }

    /** Failures by key; each names its method and command. */
    public Map<String, RestException> errors() {
        return Collections.unmodifiableMap(errors);
    }

    /** The command's result; its failure is thrown; empty when it did not run (halt stopped the batch). */
    public Optional<JsonNode> result(String key) {
        RestException error = errors.get(key);
        if (error != null) {
            throw error;
        }
        return Optional.ofNullable(results.get(key));
    }

    public Optional<Integer> total(String key) {
        return Optional.ofNullable(totals.get(key));
    }

    public Optional<Integer> next(String key) {
        return Optional.ofNullable(nexts.get(key));
    }

    /** Throws the first failure, if any. */
    public BatchResult throwFirstError() {
        errors.values().stream().findFirst().ifPresent(e -> {
            throw e;
        });
        return this;
    }
}
