package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** A method's success: its {@code result}, and for list methods {@code total} and {@code next} (or null). */
record Answer(JsonNode result, Integer total, Integer next) {

    static Answer of(JsonNode result) {
        return new Answer(result, null, null);
    }
}
