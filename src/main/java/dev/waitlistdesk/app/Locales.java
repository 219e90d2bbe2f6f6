package dev.waitlistdesk.app;

import dev.waitlistdesk.desk.settings.Languages;
import java.util.Locale;

/** The language the desk speaks, and the locale its dates and numbers follow. */
final class Locales {

    /** Read before anything changes the default: the receptionist's system locale. */
    private static final Locale SYSTEM = Locale.getDefault();

    private Locales() {
    }

    /**
     * Makes the chosen language ("" for the system's) the default locale, so date pickers and
     * number formats follow it, and returns the language for the texts. The system's own locale is
     * kept when it speaks that language: en_GB keeps British dates, de_AT Austrian ones.
     */
    static Locale apply(String chosenTag) {
        Locale language = Languages.choose(chosenTag, SYSTEM);
        Locale formats = SYSTEM.getLanguage().equals(language.getLanguage()) ? SYSTEM : language;
        Locale.setDefault(formats);
        return language;
    }
}
