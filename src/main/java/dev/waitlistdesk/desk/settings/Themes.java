package dev.waitlistdesk.desk.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.waitlistdesk.desk.settings.Appearance;
import java.util.Locale;
import javafx.application.Application;

/** AtlantaFX's Primer themes for the whole app; app.css only adds the desk's own few styles on top. */
public final class Themes {

    private Themes() {
    }

    /** Applies the chosen theme ("" follows the system) to every window of the app. */
    public static void apply(String choice) {
        boolean dark = Appearance.DARK.equals(choice) || (Appearance.SYSTEM.equals(choice) && systemPrefersDark());
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS()); // binary CSS: parsed faster at start
    }

    /**
     * JavaFX 21 cannot read the system's colour scheme (Platform.Preferences came in JavaFX 22), so
     * the desk reads what GTK does, GTK_THEME ("Adwaita:dark"); anything else means light.
     */
    static boolean systemPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark");
    }
}
