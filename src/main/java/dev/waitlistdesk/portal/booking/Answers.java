package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.bitrix.Method;
import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.RestException;
import java.util.Optional;

/** Reading the booking methods' result shapes, which differ from method to method. */
final class Answers {

    private Answers() {
    }

    /** {@code result.<key>}, which these methods always send; its absence means an answer we cannot use. */
    static JsonNode field(Method method, JsonNode result, String key) {
        JsonNode value = result == null ? null : result.get(key);
        if (value == null || value.isNull()) {
            throw unreadable(method, "its result has no \"" + key + "\"");
        }
        return value;
    }

    /** An id, sent as a bare integer or as {@code {"id": n}} (waitlist.add's docs show both). */
    static long id(Method method, JsonNode result) {
        JsonNode id = result != null && result.isObject() ? result.get("id") : result;
        if (id != null && id.canConvertToLong()) {
            return id.longValue();
        }
        if (id != null && id.isTextual() && id.asText().matches("\\d{1,18}")) {
            return Long.parseLong(id.asText());
        }
        throw unreadable(method, "its result is not an id");
    }

    static RestException unreadable(Method method, String what) {
        return new RestException(RestException.Kind.UNREADABLE_RESPONSE, method.name(), 200, "",
                "The portal's answer cannot be used: " + what + ".");
    }

    /** True when the command failed with a "not found" code; any other failure is thrown. */
    static boolean isGone(BatchResult batch, String key) {
        try {
            batch.result(key);
            return false;
        } catch (RestException e) {
            if (e.kind() == RestException.Kind.NOT_FOUND) {
                return true;
            }
            throw e;
        }
    }

    /** The command's result; empty when it answered "not found" or did not run; any other failure is thrown. */
    static Optional<JsonNode> unlessGone(BatchResult batch, String key) {
        return isGone(batch, key) ? Optional.empty() : batch.result(key);
    }
}
