package dev.waitlistdesk.bitrix;

import java.util.Map;
import java.util.Objects;

/**
 * One command of a batch. The key names it in the answer; it must not be a bare number, because
 * PHP would turn numbered keys into a JSON array.
 */
public record BatchCommand(String key, Method method, Map<String, ?> params) {

    public BatchCommand {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(method, "method");
        params = params == null ? Map.of() : params;
        if (key.isEmpty() || key.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("A batch command key must contain a letter: " + key);
        }
    }

    /** The {@code cmd} string: {@code method?a=1&b[0][c]=2}. */
    String cmd() {
        String query = BracketQuery.encode(params);
        return query.isEmpty() ? method.name() : method.name() + "?" + query;
    }
}
