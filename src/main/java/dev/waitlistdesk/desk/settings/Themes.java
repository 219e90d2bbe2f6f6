package dev.waitlistdesk.desk.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.waitlistdesk.desk.common.EveryWindow;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * AtlantaFX's Primer themes for the whole app; app.css only adds the desk's own few styles on top.
 * High contrast is Primer light with app.css's {@code :high-contrast} colours, switched on at the
 * root of every window (dialogs and popups included, also those opened later).
 */
public final class Themes {

    static final PseudoClass HIGH_CONTRAST = PseudoClass.getPseudoClass("high-contrast");

    private static boolean contrast;

    private Themes() {
    }

    /** Applies the chosen theme ("" follows the system) to every window of the app. */
    public static void apply(String choice) {
        String look = Appearance.SYSTEM.equals(choice) ? systemLook(System.getenv(), System.getProperties()) : choice;
        contrast = Appearance.CONTRAST.equals(look);
        Application.setUserAgentStylesheet(Appearance.DARK.equals(look) ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS()); // binary CSS: parsed faster at start
        EveryWindow.once(Themes.class, Themes::watch);
        Window.getWindows().forEach(window -> mark(window.getScene()));
    }

    /**
     * What the system asks for, as far as JavaFX 21 can tell: it has no public API for the colour
     * scheme or high contrast (Platform.Preferences came in JavaFX 22). So the desk reads what GTK
     * does, GTK_THEME ("Adwaita:dark", "HighContrast"), and JavaFX's own switch for high contrast,
     * the system property com.sun.javafx.highContrastTheme, which IT can set on Windows too.
     */
    static String systemLook(Map<String, String> env, java.util.Properties properties) {
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (gtk.contains("highcontrast") || !properties.getProperty("com.sun.javafx.highContrastTheme", "").isBlank()) {
            return Appearance.CONTRAST;
        }
        return gtk.contains("dark") ? Appearance.DARK : Appearance.LIGHT;
    }

    private static void watch(Window window) {
        window.sceneProperty().addListener((o, old, scene) -> watch(scene));
        watch(window.getScene());
    }

    /** A new root (the window rebuilt in another language) is marked too. */
    private static void watch(Scene scene) {
        if (scene != null) {
            scene.rootProperty().addListener((o, old, root) -> mark(scene));
            mark(scene);
        }
    }

    private static void mark(Scene scene) {
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(HIGH_CONTRAST, contrast);
        }
    }
}
