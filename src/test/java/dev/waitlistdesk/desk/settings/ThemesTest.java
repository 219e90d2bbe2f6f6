package dev.waitlistdesk.desk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What "like the system" means, from what JavaFX 21 lets the desk see. */
class ThemesTest {

    @Test
    void gtkThemeAndJavaFxsHighContrastSwitchChooseTheLook() {
        Properties none = new Properties();
        assertEquals(Appearance.LIGHT, Themes.systemLook(Map.of(), none));
        assertEquals(Appearance.DARK, Themes.systemLook(Map.of("GTK_THEME", "Adwaita:dark"), none));
        assertEquals(Appearance.CONTRAST, Themes.systemLook(Map.of("GTK_THEME", "HighContrast"), none));
        Properties windowsHighContrast = new Properties();
        windowsHighContrast.setProperty("com.sun.javafx.highContrastTheme", "BLACKONWHITE");
        assertEquals(Appearance.CONTRAST, Themes.systemLook(Map.of("GTK_THEME", "Adwaita:dark"), windowsHighContrast));
    }
}
