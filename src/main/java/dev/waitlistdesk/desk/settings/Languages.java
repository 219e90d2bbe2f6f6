package dev.waitlistdesk.desk.settings;

import java.util.List;
import java.util.Locale;

/** The languages the desk speaks: Bitrix24's large markets. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.GERMAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("pl"));

    private Languages() {
    }

    /**
     * The language to show: the receptionist's choice (a language tag) when there is one, else the
     * system locale's language, else English. Any Portuguese gets Brazilian Portuguese.
     */
    public static Locale choose(String chosenTag, Locale system) {
        Locale wanted = chosenTag == null || chosenTag.isBlank() ? system : Locale.forLanguageTag(chosenTag);
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The language's own name, as its speakers write it: "Deutsch", "Português (Brasil)". */
    public static String nativeName(Locale locale) {
        String name = locale.getDisplayName(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
