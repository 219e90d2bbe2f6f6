package dev.waitlistdesk.settings;

/**
 * The receptionist's own look of the window: theme, language, window size, place and the
 * list/detail divider. Empty strings, zeros and nulls mean "not chosen yet": the system's choice
 * or the default size, centred.
 *
 * @param theme     "light", "dark", "contrast" or "" (follow the system)
 * @param language  a language tag such as "de" or "pt-BR", or "" (the system locale)
 * @param width     the content's width when not maximised (0: the default)
 * @param x         the window's left edge on the desktop, null until it was placed once
 * @param maximized whether it was maximised when it closed; width and height stay the normal size
 * @param oldestFirst the list sorted by waiting time, longest first
 * @param zoom      the text size, 1 for the theme's own (Ctrl+= / Ctrl+- / Ctrl+0); 0 in an older file
 */
public record WindowPrefs(String theme, String language, double width, double height, double divider,
                          Double x, Double y, boolean maximized, boolean oldestFirst, double zoom) {

    public static final WindowPrefs DEFAULTS = new WindowPrefs("", "", 0, 0, 0);

    public WindowPrefs {
        theme = theme == null ? "" : theme;
        language = language == null ? "" : language;
        zoom = zoom > 0 ? zoom : 1;
    }

    public WindowPrefs(String theme, String language, double width, double height, double divider) {
        this(theme, language, width, height, divider, null, null, false, false, 1);
    }

    public WindowPrefs withTheme(String value) {
        return new WindowPrefs(value, language, width, height, divider, x, y, maximized, oldestFirst, zoom);
    }

    public WindowPrefs withLanguage(String value) {
        return new WindowPrefs(theme, value, width, height, divider, x, y, maximized, oldestFirst, zoom);
    }

    public WindowPrefs withBounds(double newWidth, double newHeight, double newDivider) {
        return new WindowPrefs(theme, language, newWidth, newHeight, newDivider, x, y, maximized, oldestFirst, zoom);
    }

    public WindowPrefs withOldestFirst(boolean value) {
        return new WindowPrefs(theme, language, width, height, divider, x, y, maximized, value, zoom);
    }

    /** Where the window was and whether it was maximised (its normal size stays as it was then). */
    public WindowPrefs withPlace(double left, double top, boolean wasMaximized) {
        return new WindowPrefs(theme, language, width, height, divider, left, top, wasMaximized, oldestFirst, zoom);
    }

    public WindowPrefs withZoom(double value) {
        return new WindowPrefs(theme, language, width, height, divider, x, y, maximized, oldestFirst, value);
    }
}
