package dev.waitlistdesk.bitrix;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The one place that hides secrets before text is logged or put in an exception: the webhook code
 * in a REST path, and auth, tokens and the client secret in query strings and JSON.
 */
public final class Redaction {

    static final String MASK = "***";

    private static final Pattern WEBHOOK_PATH = Pattern.compile("(/rest/\\d+/)[^/?#\\s\"']+");
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "([?&](?:auth|access_token|refresh_token|client_secret|code)=)[^&#\\s\"']*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_SECRET = Pattern.compile(
            "(\"(?:auth|access_token|refresh_token|client_secret)\"\\s*:\\s*\")[^\"]*",
            Pattern.CASE_INSENSITIVE);

    private Redaction() {
    }

    /** The text with every secret-looking part replaced by "***". */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = WEBHOOK_PATH.matcher(text).replaceAll("$1" + MASK);
        out = QUERY_SECRET.matcher(out).replaceAll("$1" + MASK);
        return JSON_SECRET.matcher(out).replaceAll("$1" + MASK);
    }

    /** As {@link #redact(String)}, and also every occurrence of the given secrets, wherever it is. */
    public static String redact(String text, Collection<String> secrets) {
        String out = text;
        if (out != null) {
            for (String secret : secrets) {
                if (secret != null && secret.length() >= 4) {
                    out = out.replace(secret, MASK);
                }
            }
        }
        return redact(out);
    }
}
