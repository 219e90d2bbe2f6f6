package dev.waitlistdesk.desk.common;

import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
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
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : format(pattern, locale(), args);
    }

    /** Formats a MessageFormat pattern with the plural rules of the locale's language. */
    public static String format(String pattern, Locale locale, Object... args) {
        MessageFormat message = new MessageFormat(pattern, locale);
        Format[] formats = message.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof ChoiceFormat choice) {
                message.setFormat(i, new PluralChoice(choice.toPattern(), locale.getLanguage()));
            }
        }
        return message.format(args);
    }

    /** The form a count takes: 0, 1 (one), 2 (few) or 5 (many) in Russian and Polish; itself elsewhere. */
    static double pluralForm(double count, String language) {
        if (count != Math.rint(count) || count <= 0 || !(language.equals("ru") || language.equals("pl"))) {
            return count;
        }
        long n = (long) count;
        long lastDigit = n % 10;
        long lastTwo = n % 100;
        boolean teen = lastTwo >= 12 && lastTwo <= 14;
        if (n == 1 || (language.equals("ru") && lastDigit == 1 && lastTwo != 11)) {
            return 1;
        }
        return lastDigit >= 2 && lastDigit <= 4 && !teen ? 2 : 5;
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
