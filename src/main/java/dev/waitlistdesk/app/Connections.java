package dev.waitlistdesk.app;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.settings.ConnectionSettings;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Turns connection settings into a RestClient; refreshed OAuth tokens are stored as they arrive. */
final class Connections {

    private Connections() {
    }

    /** @throws IllegalArgumentException in plain words when the settings cannot work */
    static RestClient client(ConnectionSettings settings, ConnectionSettingsStore store, RestOptions options) {
        Portal portal = settings.mode() == ConnectionSettings.Mode.WEBHOOK
                ? Portal.webhook(settings.webhookUrl())
                : Portal.oauth(settings.clientEndpoint(), settings.accessToken(), settings.refreshToken(),
                        settings.clientId(), settings.clientSecret());
        RestClient client = new RestClient(portal, options);
        if (store != null && portal.isOAuth()) {
            // Each refresh returns a new refresh token; the old one stops working, so store at once.
            client.onTokensRefreshed(tokens -> store.save(settings.withTokens(tokens.accessToken(),
                    tokens.refreshToken())));
        }
        return client;
    }

    /**
     * The drafts file of a portal: record 12 of one portal must never get the picks made for
     * record 12 of another. The host is hashed so the file name does not spell out the portal.
     */
    static String draftsFileName(Portal portal, boolean practice) {
        return portalFileName("drafts", portal, practice);
    }

    /** {@code <kind>-<hash of the host>.json}, or {@code <kind>-practice.json}: one file per portal. */
    static String portalFileName(String kind, Portal portal, boolean practice) {
        if (practice) {
            return kind + "-practice.json";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(portal.host().getBytes(StandardCharsets.UTF_8));
            return kind + "-" + HexFormat.of().formatHex(hash, 0, 6) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
