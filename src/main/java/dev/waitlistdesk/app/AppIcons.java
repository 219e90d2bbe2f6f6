package dev.waitlistdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon in the sizes a window manager picks from (rendered from icons/waitlist-desk.svg). */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** Gives the window its icons: title bar, task switcher, task bar or dock. */
    public static void addTo(Stage stage) {
        stage.getIcons().addAll(load());
    }

    /** Every size that is on the module path; a missing one is skipped, since an icon is not worth a failed start. */
    static List<Image> load() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream png = AppIcons.class.getResourceAsStream("/dev/waitlistdesk/icons/waitlist-desk-" + size + ".png")) {
                if (png != null) {
                    images.add(new Image(png));
                }
            } catch (IOException closeFailed) {
                // the image was read before close; nothing to do
            }
        }
        return images;
    }
}
