package dev.waitlistdesk.desk;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** All user-visible text, from {@code dev/waitlistdesk/ui/messages.properties}. */
public final class Texts {

    public static final String BUNDLE = "dev.waitlistdesk.ui.messages";

    private final ResourceBundle bundle;

    public Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Texts load(Locale locale) {
        return new Texts(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; with arguments it is a MessageFormat pattern. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
