package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A refusal in the documented error envelope. Booking methods carry a numeric code (1040), the
 * system and CRM errors a string ("NO_AUTH_FOUND").
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final Object code;
    private final String description;

    private ApiError(int status, Object code, String description) {
        super(code + ": " + description, null, false, false);
        this.status = status;
        this.code = code;
        this.description = description;
    }

    static ApiError of(int status, String code, String description) {
        return new ApiError(status, code, description);
    }

    /** A booking method's own error: HTTP 400 with a numeric code. */
    static ApiError booking(int code, String description) {
        return new ApiError(400, code, description);
    }

    /** Code 100: a required top-level parameter is missing. */
    static ApiError missing(String parameter) {
        return booking(100, "Could not find value for parameter {" + parameter + "}");
    }

    /** Code 0: a required field inside an object or array is missing. */
    static ApiError requiredFields(String fields) {
        return booking(0, "Required fields: " + fields);
    }

    static ApiError noAuth() {
        return of(401, "NO_AUTH_FOUND", "Wrong authorization data");
    }

    static ApiError queryLimit() {
        return of(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
    }

    static ApiError invalidArg(String description) {
        return of(400, "INVALID_ARG_VALUE", description);
    }

    int status() {
        return status;
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (code instanceof Integer) {
            json.put("error", (Integer) code);
        } else {
            json.put("error", (String) code);
        }
        json.put("error_description", description);
        return json;
    }
}
