package dev.waitlistdesk.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.RestException.Kind;
import java.io.IOException;
import okhttp3.HttpUrl;

/**
 * Swaps a refresh token for a new pair at the OAuth server (GET with the documented query
 * parameters). The URL carries the client secret, so it is never logged unredacted.
 */
final class TokenRefresher {

    static final String METHOD = "oauth/token";

    private final Exchange exchange;

    TokenRefresher(Exchange exchange) {
        this.exchange = exchange;
    }

    OAuthTokens refresh(Portal portal) {
        HttpUrl url = portal.tokenEndpoint().newBuilder()
                .addQueryParameter("grant_type", "refresh_token")
                .addQueryParameter("client_id", portal.clientId())
                .addQueryParameter("client_secret", portal.clientSecret())
                .addQueryParameter("refresh_token", portal.refreshToken())
                .build();
        Exchange.Raw raw = exchange.get(METHOD, url);
        if (raw.status() >= 300 && raw.status() < 400) { // not followed: the secrets would go along
            throw new RestException(Kind.AUTH, RestException.Reason.REDIRECT_REFUSED, METHOD, raw.status(),
                    "The OAuth server answered with a redirect instead of new tokens; check its address in the settings.");
        }
        JsonNode root = parse(raw.body());
        if (root == null || !root.isObject()) {
            throw new RestException(Kind.UNREADABLE_RESPONSE, METHOD, raw.status(), "",
                    "The OAuth server sent an answer that is not JSON.", null);
        }
        JsonNode error = root.get("error");
        if (error != null && !error.isNull()) {
            RestException e = exchange.reader().failure(METHOD, "", raw.status(), error, root.get("error_description"));
            // Every token-server refusal (invalid_grant: the refresh token expired...) needs a new sign-in.
            throw e.kind() == Kind.SERVER || e.kind() == Kind.RATE_LIMITED ? e
                    : new RestException(Kind.AUTH, METHOD, raw.status(), e.code(), e.description(), null);
        }
        String access = root.path("access_token").asText("");
        String refresh = root.path("refresh_token").asText("");
        if (access.isEmpty() || refresh.isEmpty()) {
            throw new RestException(Kind.UNREADABLE_RESPONSE, METHOD, raw.status(), "",
                    "The OAuth server's answer has no token pair.", null);
        }
        return new OAuthTokens(access, refresh);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : Json.mapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
