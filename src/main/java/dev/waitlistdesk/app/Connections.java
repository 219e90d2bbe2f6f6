package dev.waitlistdesk.app;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.ProxySetting;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.portal.booking.PortalFacts;
import dev.waitlistdesk.settings.ConnectionSettings;
import dev.waitlistdesk.settings.ConnectionSettingsStore;
import dev.waitlistdesk.settings.ConnectionSource;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** Turns connection settings into a RestClient; refreshed OAuth tokens are stored as they arrive. */
final class Connections {

    private static final System.Logger LOG = System.getLogger(Connections.class.getName());
    private static final String FACTS = "portal-facts";
    /** The practice portal's key in the old shared facts file. */
    private static final String OLD_PRACTICE_KEY = "practice portal";

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

    /** {@code <kind>-<hash of the host (and port)>.json}, or {@code <kind>-practice.json}: one file per portal. */
    static String portalFileName(String kind, Portal portal, boolean practice) {
        return portalFileName(kind, practice ? null : portal.identity());
    }

    /** {@code host} null: the practice portal's; the old shared facts file kept portals by host. */
    private static String portalFileName(String kind, String host) {
        if (host == null) {
            return kind + "-practice.json";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(host.getBytes(StandardCharsets.UTF_8));
            return kind + "-" + HexFormat.of().formatHex(hash, 0, 6) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * What the desk learned about this portal, in the portal's own facts file. Before, one file held
     * every portal's client.set by host (portal-facts.json); it is read once, its entries moved into
     * each portal's file, and removed.
     */
    static PortalFacts portalFacts(Path dataDir, Portal portal, boolean practice, ObjectMapper json) {
        Path old = dataDir.resolve("portal-facts.json");
        if (Files.isRegularFile(old)) {
            upgrade(old, dataDir, json);
        }
        return PortalFacts.keptIn(dataDir.resolve(portalFileName(FACTS, practice ? null : portal.identity())));
    }

    private static void upgrade(Path old, Path dataDir, ObjectMapper json) {
        try {
            Map<String, String> modes = json.readValue(old.toFile(), new TypeReference<Map<String, String>>() { });
            (modes == null ? Map.<String, String>of() : modes).forEach((key, mode) -> {
                PortalFacts facts = PortalFacts.keptIn(dataDir.resolve(portalFileName(FACTS,
                        key.equals(OLD_PRACTICE_KEY) ? null : key)));
                if (facts.clientSet().isEmpty()) {
                    clientSet(mode).ifPresent(facts::learned);
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read {0} ({1}); what it held is learned again", old,
                    e.getClass().getSimpleName());
        }
        try {
            Files.deleteIfExists(old);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove {0}: {1}", old, e.getMessage());
        }
    }

    private static Optional<PortalFacts.ClientSet> clientSet(String name) {
        try {
            return Optional.of(PortalFacts.ClientSet.valueOf(String.valueOf(name)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
