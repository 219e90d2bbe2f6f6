package dev.waitlistdesk.desk.settings;

import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.desk.common.DialogService;
import dev.waitlistdesk.desk.common.Problems;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.TypedText;

import dev.waitlistdesk.desk.common.Status.Tone;
import dev.waitlistdesk.settings.ConnectionSettings;
import dev.waitlistdesk.settings.ConnectionSettings.Mode;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The connection settings form: a webhook URL or OAuth tokens, a connection test, and Save. */
public final class SettingsViewModel {

    private final PortalChoice portal;
    private final BackgroundRunner runner;
    private final Texts texts;
    private final DialogService dialogs;
    private final Appearance appearance;
    private final boolean connected;
    private final BooleanProperty oauth = new SimpleBooleanProperty(this, "oauth");
    private final StringProperty webhookUrl = new SimpleStringProperty(this, "webhookUrl", "");
    private final StringProperty clientEndpoint = new SimpleStringProperty(this, "clientEndpoint", "");
    private final StringProperty accessToken = new SimpleStringProperty(this, "accessToken", "");
    private final StringProperty refreshToken = new SimpleStringProperty(this, "refreshToken", "");
    private final StringProperty clientId = new SimpleStringProperty(this, "clientId", "");
    private final StringProperty clientSecret = new SimpleStringProperty(this, "clientSecret", "");
    /** "" the system's proxy, "none", or host:port. */
    private final StringProperty proxy = new SimpleStringProperty(this, "proxy", "");
    private final ReadOnlyStringWrapper lockedBy = new ReadOnlyStringWrapper(this, "lockedBy", "");
    /** The language picked in the form; it takes effect when the form closes (the window is rebuilt). */
    private final StringProperty language = new SimpleStringProperty(this, "language", "");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NONE);

    /**
     * @param dialogs    asks before the stored connection is forgotten
     * @param appearance the theme and language, which apply as soon as they are picked
     */
    public SettingsViewModel(Optional<ConnectionSettings> saved, PortalChoice portal, BackgroundRunner runner,
                             Texts texts, DialogService dialogs, Appearance appearance) {
        this.dialogs = dialogs;
        this.appearance = appearance;
        this.language.set(appearance.languageProperty().get());
        this.portal = portal;
        this.runner = runner;
        this.texts = texts;
        this.connected = saved.isPresent();
        saved.ifPresent(s -> {
            oauth.set(s.mode() == Mode.OAUTH);
            webhookUrl.set(s.webhookUrl());
            clientEndpoint.set(s.clientEndpoint());
            accessToken.set(s.accessToken());
            refreshToken.set(s.refreshToken());
            clientId.set(s.clientId());
            clientSecret.set(s.clientSecret());
            proxy.set(s.proxy());
        });
    }

    /** False: an incoming webhook; true: an OAuth application. */
    public BooleanProperty oauthProperty() {
        return oauth;
    }

    public StringProperty webhookUrlProperty() {
        return webhookUrl;
    }

    public StringProperty clientEndpointProperty() {
        return clientEndpoint;
    }

    public StringProperty accessTokenProperty() {
        return accessToken;
    }

    public StringProperty refreshTokenProperty() {
        return refreshToken;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty clientSecretProperty() {
        return clientSecret;
    }

    public StringProperty proxyProperty() {
        return proxy;
    }

    /**
     * The connection is IT's machine-wide one, locked: the form shows it but cannot change it, nor go
     * back to the practice portal.
     *
     * @param file where it is, so the receptionist can tell IT
     */
    public void lock(String file) {
        lockedBy.set(file);
    }

    /** The machine-wide file that locks the connection; "" when the receptionist may change it. */
    public ReadOnlyStringProperty lockedByProperty() {
        return lockedBy.getReadOnlyProperty();
    }

    private boolean locked() {
        return !lockedBy.get().isEmpty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when a portal of the user's own is set up, so going back to the practice portal is offered. */
    public boolean isConnected() {
        return connected;
    }

    /** The theme applies at once; for the language see {@link #languageProperty()}. */
    public Appearance appearance() {
        return appearance;
    }

    public StringProperty languageProperty() {
        return language;
    }

    /** The dialog closed: a newly picked language now rebuilds the window in it (once, not per arrow key). */
    public void closed() {
        appearance.languageProperty().set(language.get());
    }

    /**
     * Forgets the stored connection and switches the window to the practice portal, after the
     * receptionist confirms (Cancel is the default); the form is done.
     */
    public void usePracticePortal() {
        if (locked() || !dialogs.confirm(texts.get("settings.practice.title"),
                texts.get("settings.practice.question"), texts.get("settings.practice.confirm"))) {
            return;
        }
        portal.usePractice();
        done.set(true);
    }

    /** True once the form has nothing left to do and its dialog should close. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /**
     * The form's settings. Pasted from a mail or a chat, an address or token can carry no-break spaces
     * or invisible marks at its ends: hidden in the masked field, they made a good webhook "malformed".
     */
    ConnectionSettings settings() {
        ConnectionSettings settings = !oauth.get()
                ? ConnectionSettings.webhook(TypedText.tidy(webhookUrl.get()))
                : ConnectionSettings.oauth(TypedText.tidy(clientEndpoint.get()), TypedText.tidy(accessToken.get()),
                        TypedText.tidy(refreshToken.get()), TypedText.tidy(clientId.get()),
                        TypedText.tidy(clientSecret.get()));
        return settings.withProxy(TypedText.tidy(proxy.get()));
    }

    /** Calls the portal with what is in the form and reports success or the reason. */
    public void testConnection() {
        if (testing.get()) {
            return; // the button stays enabled (a disabled button would push the focus on), so ignore a second press
        }
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            status.set(error(missing.get()));
            return;
        }
        ConnectionSettings settings = settings();
        testing.set(true);
        status.set(Status.busy(texts.get("settings.testing")));
        runner.run(() -> {
            portal.test(settings);
            return settings;
        }, ok -> {
            testing.set(false);
            status.set(Status.success(texts.get("settings.connected")));
        }, failure -> {
            testing.set(false);
            boolean badSettings = failure instanceof Failure.Refused && failure.evidence().code().isEmpty();
            status.set(badSettings ? error(failure.evidence().description()) : problem(failure));
        });
    }

    /** Hands complete settings to the app (unless locked: then nothing); false (with the reason shown) when something is missing. */
    public boolean save() {
        if (locked()) {
            return true; // nothing of the connection to save; the form's look applies as it closes
        }
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            status.set(error(missing.get()));
            return false;
        }
        try {
            portal.connect(settings());
            return true;
        } catch (IllegalArgumentException e) {
            status.set(error(e.getMessage()));
            return false;
        }
    }

    private Optional<String> missing() {
        if (!oauth.get()) {
            return webhookUrl.get().isBlank() ? Optional.of(texts.get("settings.missingWebhook")) : Optional.empty();
        }
        boolean complete = !clientEndpoint.get().isBlank() && !accessToken.get().isBlank();
        return complete ? Optional.empty() : Optional.of(texts.get("settings.missingOauth"));
    }

    /** The host of the address in the form, as typed ("" when it has none). */
    private String host() {
        try {
            String host = java.net.URI.create((oauth.get() ? clientEndpoint : webhookUrl).get().strip()).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Status error(String text) {
        return new Status(Tone.ERROR, text, "");
    }

    // In the settings dialog "Open Settings" would point at itself: the form is the next step.
    private Status problem(Failure failure) {
        Status general = new Problems(texts).words(failure);
        String text = failure instanceof Failure.NotAllowed ? texts.get("settings.authFailed")
                : failure instanceof Failure.Untrusted ? texts.get("settings.untrusted")
                : failure instanceof Failure.UnknownHost ? texts.get("settings.unknownHost", host())
                : failure instanceof Failure.Offline ? texts.get("settings.offline") : general.text();
        return new Status(general.tone(), text, general.detail());
    }
}
