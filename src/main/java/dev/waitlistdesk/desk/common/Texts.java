package dev.waitlistdesk.desk.common;

import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ResourceBundle;

/**
 * All user-visible text, from {@code dev/waitlistdesk/desk/common/messages*.properties}. Patterns count with
 * {@code choice}; for Russian and Polish the count is first mapped to its plural form (CLDR rules),
 * so their patterns read {@code 0#…|1#one|2#few|5#many} and 21 clients still reads right.
 */
public final class Texts {

    public static final String BUNDLE = "dev.waitlistdesk.desk.common.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Each pattern parsed once: the waiting column formats one for every cell it shows. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The texts of this language. English is the base bundle: a language without a bundle of its own
     * gets English, never the system's language (which getBundle would otherwise fall back to).
     */
    public static Texts load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        if (!bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
            bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        }
        return new Texts(bundle, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The locale the texts were asked for: numbers in patterns follow it. */
    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}; with arguments it is a MessageFormat pattern. */
    public String get(String key, Object... args) {
        if (args.length == 0) {
            return bundle.getString(key);
        }
        MessageFormat message = formats.computeIfAbsent(key, k -> messageFormat(bundle.getString(k), locale));
        synchronized (message) { // a MessageFormat keeps state while it formats
            return message.format(args);
        }
    }

    /** Formats a MessageFormat pattern with the plural rules of the locale's language. */
    public static String format(String pattern, Locale locale, Object... args) {
        return messageFormat(pattern, locale).format(args);
    }

    private static MessageFormat messageFormat(String pattern, Locale locale) {
        MessageFormat message = new MessageFormat(pattern, locale);
        Format[] formats = message.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof ChoiceFormat choice) {
                message.setFormat(i, new PluralChoice(choice.toPattern(), locale.getLanguage()));
            }
        }
        return message;
    }

    /**
     * The value a choice pattern is asked for: 1 (one), 2 (few) or 5 (many) in Russian and Polish, 0
     * for their zero texts; elsewhere the count itself, whose patterns read {@code 1#one|1<other}.
     */
    static double pluralForm(double count, String language) {
        if (count == 0 || !(language.equals("ru") || language.equals("pl"))) {
            return count;
        }
        return switch (category(count, language)) {
            case "one" -> 1;
            case "few" -> 2;
            case "many" -> 5;
            default -> 2; // a fraction: in Russian the genitive singular, the few form's word
        };
    }

    /** The CLDR plural category of a count ("one", "few", "many", "other") for the app's six languages. */
    static String category(double count, String language) {
        boolean whole = count == Math.rint(count);
        long i = (long) Math.floor(Math.abs(count));
        long last = i % 10;
        long lastTwo = i % 100;
        return switch (language) {
            case "ru" -> !whole ? "other" : last == 1 && lastTwo != 11 ? "one"
                    : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
            case "pl" -> !whole ? "other" : i == 1 ? "one"
                    : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
            case "pt" -> i <= 1 ? "one" : "other"; // CLDR: i = 0..1, so 0, 1 and 1.5 take the singular
            case "es" -> count == 1 ? "one" : "other";
            default -> whole && i == 1 ? "one" : "other"; // en, de: i = 1 and v = 0
        };
    }

    /** A ChoiceFormat that picks by plural form; the number shown inside the choice stays the real one. */
    private static final class PluralChoice extends ChoiceFormat {

        private final String language;

        PluralChoice(String pattern, String language) {
            super(pattern);
            this.language = language;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition status) {
            return super.format(pluralForm(number, language), toAppendTo, status);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition status) {
            return format((double) number, toAppendTo, status);
        }
    }
}
