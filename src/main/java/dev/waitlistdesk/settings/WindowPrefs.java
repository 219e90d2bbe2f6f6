package dev.waitlistdesk.settings;

/**
 * The receptionist's own look of the window: theme, language, window size and the list/detail
 * divider. Empty strings and zeros mean "not chosen yet": the system's choice or the default size.
 *
 * @param theme    "light", "dark" or "" (follow the system)
 * @param language a language tag such as "de" or "pt-BR", or "" (the system locale)
 * @param oldestFirst the list sorted by waiting time, longest first
 */
public record WindowPrefs(String theme, String language, double width, double height, double divider,
                          boolean oldestFirst) {

    public static final WindowPrefs DEFAULTS = new WindowPrefs("", "", 0, 0, 0);

    public WindowPrefs(String theme, String language, double width, double height, double divider) {
        this(theme, language, width, height, divider, false);
    }

    public WindowPrefs {
        theme = theme == null ? "" : theme;
        language = language == null ? "" : language;
    }

    public WindowPrefs withTheme(String value) {
        return new WindowPrefs(value, language, width, height, divider, oldestFirst);
    }

    public WindowPrefs withLanguage(String value) {
        return new WindowPrefs(theme, value, width, height, divider, oldestFirst);
    }

    public WindowPrefs withBounds(double newWidth, double newHeight, double newDivider) {
        return new WindowPrefs(theme, language, newWidth, newHeight, newDivider, oldestFirst);
    }

    public WindowPrefs withOldestFirst(boolean value) {
        return new WindowPrefs(theme, language, width, height, divider, value);
    }
}
