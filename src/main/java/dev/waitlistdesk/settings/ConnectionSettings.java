package dev.waitlistdesk.settings;

import java.util.Objects;

/**
 * How to reach the user's Bitrix24: an incoming-webhook URL, or OAuth tokens, and the proxy to go
 * through ("" the system's, "none", or host:port). Every field but the mode and the proxy is a secret
 * or close to one, so {@link #toString()} names the mode only.
 */
public record ConnectionSettings(Mode mode, String webhookUrl, String clientEndpoint, String accessToken,
                                 String refreshToken, String clientId, String clientSecret, String proxy) {

    public enum Mode { WEBHOOK, OAUTH }

    public ConnectionSettings {
        Objects.requireNonNull(mode, "mode");
        webhookUrl = trim(webhookUrl);
        clientEndpoint = trim(clientEndpoint);
        accessToken = trim(accessToken);
        refreshToken = trim(refreshToken);
        clientId = trim(clientId);
        clientSecret = trim(clientSecret);
        proxy = trim(proxy);
    }

    public static ConnectionSettings webhook(String url) {
        return new ConnectionSettings(Mode.WEBHOOK, url, "", "", "", "", "", "");
    }

    public static ConnectionSettings oauth(String clientEndpoint, String accessToken, String refreshToken,
                                           String clientId, String clientSecret) {
        return new ConnectionSettings(Mode.OAUTH, "", clientEndpoint, accessToken, refreshToken, clientId,
                clientSecret, "");
    }

    /** The same OAuth settings with the pair a refresh returned. */
    public ConnectionSettings withTokens(String newAccessToken, String newRefreshToken) {
        return new ConnectionSettings(mode, webhookUrl, clientEndpoint, newAccessToken, newRefreshToken, clientId,
                clientSecret, proxy);
    }

    /** The same settings through another proxy. */
    public ConnectionSettings withProxy(String newProxy) {
        return new ConnectionSettings(mode, webhookUrl, clientEndpoint, accessToken, refreshToken, clientId,
                clientSecret, newProxy);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + mode + ", secrets hidden]";
    }
}
