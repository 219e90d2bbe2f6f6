package dev.waitlistdesk.bitrix;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer: {@code result}, and for classic list methods {@code total} and {@code next}
 * (null when absent: {@code next} is sent only when more records follow).
 */
public record RestResponse(JsonNode result, Integer total, Integer next, ResponseTime time) {
}
