package dev.waitlistdesk.bitrix;

import java.util.Objects;

/**
 * Every failed Bitrix24 call, whatever its cause. Callers branch on {@link #kind()}; the code is
 * kept as text because Bitrix24 sends it as a string or as a number (1040 and "1040" alike).
 * The message never carries the webhook code or a token.
 */
public final class RestException extends RuntimeException {

    /** What went wrong, in the terms a caller decides on. */
    public enum Kind {
        /** 1040, 1036, 1037, 1038: the record (or booking) does not exist. */
        NOT_FOUND,
        /** 0, 100, 422, INVALID_ARG_VALUE and other refusals of the request's content. */
        INVALID_REQUEST,
        /** NO_AUTH_FOUND, expired_token, INVALID_CREDENTIALS, insufficient_scope, ACCESS_DENIED... */
        AUTH,
        /** QUERY_LIMIT_EXCEEDED, OPERATION_TIME_LIMIT, OVERLOAD_LIMIT. */
        RATE_LIMITED,
        /** 5xx and server-side failures. */
        SERVER,
        /** No answer: connection refused, reset, timed out. */
        NETWORK,
        /** An answer that is not the documented JSON: an HTML page, a truncated body. */
        UNREADABLE_RESPONSE
    }

    /**
     * A finer reading of some kinds, for a message that says what really happened. It refines the kind
     * without replacing it, so code that only knows the kinds keeps working.
     */
    public enum Reason {
        /** Nothing more to say than the kind. */
        NONE,
        /** Kind NETWORK: the portal's TLS certificate is not trusted (or TLS failed); never retried. */
        UNTRUSTED_CERTIFICATE,
        /**
         * Kind NETWORK or UNREADABLE_RESPONSE: a write was sent, then the connection broke before its
         * whole answer came back. Bitrix24 may have done it: reload and look before trying again.
         */
        ANSWER_LOST,
        /** Kind SERVER: the portal redirected to another host, scheme or port; not followed with credentials. */
        REDIRECT_REFUSED,
        /** Kind UNREADABLE_RESPONSE: the answer was larger than the client accepts (after decompression). */
        ANSWER_TOO_LARGE,
        /** Kind UNREADABLE_RESPONSE: paging by id brought no new id, or a row without a numeric id. */
        PAGING_STUCK,
        /** Kind NETWORK: the call (with its retries) ran out of its time budget. */
        TIMED_OUT,
        /** Kind NETWORK: the portal's host name was not found (a typo in the address, or no name service). */
        UNKNOWN_HOST
    }

    private final Kind kind;
    private final Reason reason;
    private final String method;
    private final int httpStatus;
    private final String code;
    private final String description;
    private final String command;

    public RestException(Kind kind, String method, int httpStatus, String code, String description,
                         Throwable cause) {
        this(kind, method, "", httpStatus, code, description, cause);
    }

    /** A failed command of a batch: {@code command} is its key in the batch's {@code cmd}. */
    public RestException(Kind kind, String method, String command, int httpStatus, String code,
                         String description, Throwable cause) {
        this(kind, Reason.NONE, method, command, httpStatus, code, description, cause);
    }

    /** A failure with a {@link Reason} that says more than its kind. */
    public RestException(Kind kind, Reason reason, String method, int httpStatus, String description) {
        this(kind, reason, method, "", httpStatus, "", description, null);
    }

    private RestException(Kind kind, Reason reason, String method, String command, int httpStatus, String code,
                          String description, Throwable cause) {
        super(format(method, command, httpStatus, code, description), cause);
        this.kind = Objects.requireNonNull(kind);
        this.reason = Objects.requireNonNull(reason);
        this.method = method;
        this.command = command == null ? "" : command;
        this.httpStatus = httpStatus;
        this.code = code == null ? "" : code;
        this.description = description == null ? "" : description;
    }

    public RestException(Kind kind, String method, int httpStatus, String code, String description) {
        this(kind, method, httpStatus, code, description, null);
    }

    private static String format(String method, String command, int status, String code, String description) {
        StringBuilder text = new StringBuilder(String.valueOf(method));
        if (command != null && !command.isEmpty()) {
            text.append(" [batch command ").append(command).append(']');
        }
        if (status > 0) {
            text.append(": HTTP ").append(status);
        }
        if (code != null && !code.isEmpty()) {
            text.append(", error ").append(code);
        }
        if (description != null && !description.isEmpty()) {
            text.append(": ").append(description);
        }
        return text.toString();
    }

    public Kind kind() {
        return kind;
    }

    /** {@link Reason#NONE} unless the failure has a finer reading than its kind. */
    public Reason reason() {
        return reason;
    }

    /** The REST method (or batch command key) that failed. */
    public String method() {
        return method;
    }

    /** 0 when no HTTP answer arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The Bitrix24 error code as text ("1040", "NO_AUTH_FOUND"), or "" when there is none. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The key of the failed command inside a batch, or "" for a call of its own. */
    public String command() {
        return command;
    }
}
