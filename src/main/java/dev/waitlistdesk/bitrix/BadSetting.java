package dev.waitlistdesk.bitrix;

/**
 * A connection setting the desk cannot use, and why. The message is English, for the log and
 * {@code --check-portal}; the window says it in its own language from the field and the reason. Neither
 * echoes a secret.
 */
public final class BadSetting extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Which setting. */
    public enum Field { WEBHOOK_URL, CLIENT_ENDPOINT, TOKEN_SERVER, ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_ID, CLIENT_SECRET, PROXY }

    /** What is wrong with it. */
    public enum Reason { EMPTY, NOT_WEB_ADDRESS, NOT_HTTPS, QUERY, WEBHOOK_PATH, USER_ID, WEBHOOK_CODE, NOT_HOST_PORT }

    private final Field field;
    private final Reason reason;

    BadSetting(Field field, Reason reason, String message) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    public Field field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }
}
