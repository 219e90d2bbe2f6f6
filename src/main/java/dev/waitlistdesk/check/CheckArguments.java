package dev.waitlistdesk.check;

import java.util.Optional;

/**
 * The arguments after {@code --check-portal}: an optional webhook URL (else the stored connection) and
 * {@code --write-test}.
 */
public record CheckArguments(Optional<String> webhookUrl, boolean writeTest) {

    public static final String USAGE = "waitlist-desk --check-portal [WEBHOOK_URL] [--write-test]";

    /** @throws IllegalArgumentException for an unknown option or a second URL */
    public static CheckArguments parse(String[] args) {
        Optional<String> url = Optional.empty();
        boolean writeTest = false;
        for (String arg : args) {
            if (arg.equals("--check-portal")) {
                continue;
            }
            if (arg.equals("--write-test")) {
                writeTest = true;
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg + "; use " + USAGE);
            } else if (url.isPresent()) {
                throw new IllegalArgumentException("give one portal address only; use " + USAGE);
            } else {
                url = Optional.of(arg);
            }
        }
        return new CheckArguments(url, writeTest);
    }
}
