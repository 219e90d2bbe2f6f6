package dev.waitlistdesk.bitrix;

import dev.waitlistdesk.bitrix.RestException.Kind;
import java.util.Locale;
import java.util.Set;

/** Sorts a Bitrix24 error code and HTTP status into the kind a caller decides on. */
final class ErrorKinds {

    /** 1009 resource, 1019 and 1021 booking not found (1038 also covers busy resources: see the booking package). */
    private static final Set<String> NOT_FOUND = Set.of("1040", "1036", "1037", "1038", "1009", "1019", "1021",
            "NOT_FOUND");
    private static final Set<String> INVALID = Set.of("0", "100", "422", "1025", "INVALID_ARG_VALUE",
            "INVALID_REQUEST", "ERROR_BATCH_LENGTH_EXCEEDED", "ERROR_BATCH_METHOD_NOT_ALLOWED",
            "ERROR_METHOD_NOT_FOUND", "ERROR_MANIFEST_IS_NOT_AVAILABLE");
    private static final Set<String> AUTH = Set.of("NO_AUTH_FOUND", "EXPIRED_TOKEN", "INVALID_TOKEN",
            "INVALID_CREDENTIALS", "INSUFFICIENT_SCOPE", "ACCESS_DENIED", "USER_ACCESS_ERROR",
            "ALLOWED_ONLY_INTRANET_USER", "INVALID_GRANT", "INVALID_CLIENT", "PAYMENT_REQUIRED");
    private static final Set<String> RATE = Set.of("QUERY_LIMIT_EXCEEDED", "OPERATION_TIME_LIMIT", "OVERLOAD_LIMIT");
    private static final Set<String> SERVER = Set.of("INTERNAL_SERVER_ERROR", "ERROR_UNEXPECTED_ANSWER",
            "PORTAL_DELETED");

    private ErrorKinds() {
    }

    /** Known codes first; an unknown number is a refused request; an unknown text goes by the status. */
    static Kind classify(int httpStatus, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (NOT_FOUND.contains(c)) {
            return Kind.NOT_FOUND;
        }
        if (INVALID.contains(c)) {
            return Kind.INVALID_REQUEST;
        }
        if (AUTH.contains(c)) {
            return Kind.AUTH;
        }
        if (RATE.contains(c)) {
            return Kind.RATE_LIMITED;
        }
        if (SERVER.contains(c)) {
            return Kind.SERVER;
        }
        if (!c.isEmpty() && c.chars().allMatch(Character::isDigit)) {
            return Kind.INVALID_REQUEST;
        }
        if (httpStatus == 401 || httpStatus == 403) {
            return Kind.AUTH;
        }
        if (httpStatus == 429) {
            return Kind.RATE_LIMITED;
        }
        if (httpStatus >= 500) {
            return Kind.SERVER;
        }
        return Kind.INVALID_REQUEST;
    }
}
