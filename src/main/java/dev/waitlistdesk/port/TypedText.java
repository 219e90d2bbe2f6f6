package dev.waitlistdesk.port;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as a receptionist typed or pasted it, made comparable. A phone number copied from a web page,
 * an e-mail or a spreadsheet often carries no-break spaces, typographic dashes or invisible direction
 * marks: it looks like the number typed by hand, and matches nothing.
 */
public final class TypedText {

    private static final int MINUS_SIGN = 0x2212;
    private static final Pattern PHONE_PART = Pattern.compile("\\+?[\\d\\s()\\-]+");
    /** "28", "#28", and the number signs the window's languages write before an id: "№ 28", "Nr. 28", "N.º 28". */
    private static final Pattern RECORD_ID = Pattern.compile("(?:#|№|nr\\.?|n\\.?[º°o]\\.?)?\\s*(\\d+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TypedText() {
    }

    /** Every kind of space as " ", every kind of dash as "-", invisible marks dropped, ends trimmed. */
    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder tidy = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                tidy.append(' ');
            } else if (type == Character.DASH_PUNCTUATION || c == MINUS_SIGN) {
                tidy.append('-');
            } else if (type != Character.FORMAT) {
                tidy.appendCodePoint(c);
            }
        });
        return tidy.toString().strip();
    }

    /** Digits with phone punctuation only: a phone number, or a part of one. */
    public static boolean isPhonePart(String text) {
        return PHONE_PART.matcher(text).matches();
    }

    /** The record id the text names ("28" for "№ 28"), or "" when it is not just an id. */
    public static String recordId(String text) {
        Matcher id = RECORD_ID.matcher(tidy(text));
        return id.matches() ? id.group(1) : "";
    }

    /** Only the digits: "+7 (916) 837-90-26" is "79168379026". */
    public static String digits(String text) {
        StringBuilder digits = new StringBuilder();
        text.codePoints().filter(Character::isDigit).forEach(digits::appendCodePoint);
        return digits.toString();
    }
}
