package dev.waitlistdesk.desk.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The receptionist's look of the desk, chosen in Settings: the theme ("" follows the system,
 * "light", "dark", "contrast") and the language (a tag such as "de", "" follows the system). The composition
 * root listens, applies and remembers them.
 */
public final class Appearance {

    public static final String SYSTEM = "";
    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    /** Black text on white, strong borders and focus: for low vision or a glaring screen. */
    public static final String CONTRAST = "contrast";

    private final StringProperty theme = new SimpleStringProperty(this, "theme", SYSTEM);
    private final StringProperty language = new SimpleStringProperty(this, "language", SYSTEM);

    public Appearance(String theme, String language) {
        this.theme.set(theme == null ? SYSTEM : theme);
        this.language.set(language == null ? SYSTEM : language);
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public StringProperty languageProperty() {
        return language;
    }
}
