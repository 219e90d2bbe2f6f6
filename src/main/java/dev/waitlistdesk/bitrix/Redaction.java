package dev.waitlistdesk.bitrix;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * Every secret a Portal of this process was given. A token alone (in a parser's message, a cause's
     * text) has no key next to it to be recognised by, so the log file hides these by value.
     */
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    private Redaction() {
    }

    /** Remembers secrets for {@link #redactKnown(String)}; kept for the life of the process. */
    static void remember(Collection<String> secrets) {
        secrets.stream().filter(s -> s != null && s.length() >= 4).forEach(KNOWN::add);
    }

    /** As {@link #redact(String)}, and also every secret any Portal of this process was given. */
    public static String redactKnown(String text) {
        return redact(text, KNOWN);
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
