package dev.waitlistdesk.app;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.ProxySetting;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.portal.booking.ClientSetFacts;
import dev.waitlistdesk.portal.booking.ClientSetFacts.Mode;
import dev.waitlistdesk.settings.ConnectionSettings;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import dev.waitlistdesk.settings.PortalFacts;
import dev.waitlistdesk.settings.ConnectionSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

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
        RestClient client = new RestClient(portal, options.withProxy(ProxySetting.parse(settings.proxy())));
        if (store != null && portal.isOAuth()) {
            // Each refresh returns a new refresh token; the old one stops working, so store at once.
            client.onTokensRefreshed(tokens -> store.save(settings.withTokens(tokens.accessToken(),
                    tokens.refreshToken())));
        }
        return client;
    }

    /** A client of the chosen connection; tokens are stored back only into the user's own settings. */
    static RestClient client(ConnectionSource.Chosen chosen, ConnectionSettingsStore store, RestOptions options) {
        return client(chosen.settings(), chosen.machineWide() ? null : store, options);
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

    /** What the desk learns about a portal's client.set, kept in the portal facts file under the portal's host. */
    static ClientSetFacts clientSetFacts(PortalFacts facts, Portal portal, boolean practice) {
        String key = practice ? "practice portal" : portal.host();
        return new ClientSetFacts() {
            @Override
            public Optional<Mode> known() {
                return facts.clientSet(key).flatMap(Connections::mode);
            }

            @Override
            public void learned(Mode mode) {
                facts.clientSet(key, mode.name());
            }
        };
    }

    private static Optional<ClientSetFacts.Mode> mode(String name) {
        try {
            return Optional.of(ClientSetFacts.Mode.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a file from a later version: learned again
        }
    }
}
