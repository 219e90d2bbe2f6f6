package dev.waitlistdesk.bitrix;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code time} block of an answer. Which keys come varies by method and portal, so every one is
 * optional: null when absent.
 */
public record ResponseTime(Double start, Double finish, Double duration, Double processing,
                           String dateStart, String dateFinish, Double operating, Long operatingResetAt) {

    static final ResponseTime NONE = new ResponseTime(null, null, null, null, null, null, null, null);

    static ResponseTime of(JsonNode time) {
        if (time == null || !time.isObject()) {
            return NONE;
        }
        return new ResponseTime(number(time, "start"), number(time, "finish"), number(time, "duration"),
                number(time, "processing"), text(time, "date_start"), text(time, "date_finish"),
                number(time, "operating"), whole(time, "operating_reset_at"));
    }

    private static Double number(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long whole(JsonNode node, String key) {
        Double value = number(node, key);
        return value == null ? null : (long) Math.floor(value);
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
