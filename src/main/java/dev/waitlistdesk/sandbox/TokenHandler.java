package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * {@code /oauth/token/?grant_type=refresh_token&client_id=..&client_secret=..&refresh_token=..}:
 * a new token pair in the documented shape, {@code client_endpoint} pointing at this sandbox.
 */
final class TokenHandler implements HttpHandler {

    private final SandboxData data;
    private final Supplier<String> restEndpoint;

    TokenHandler(SandboxData data, Supplier<String> restEndpoint) {
        this.data = data;
        this.restEndpoint = restEndpoint;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                Exchanges.sendJson(exchange, 200, refresh(new Params(Exchanges.params(exchange))));
            } catch (ApiError error) {
                Exchanges.sendJson(exchange, error.status(), error.toJson());
            }
        }
    }

    private ObjectNode refresh(Params params) {
        if (!"refresh_token".equals(Params.text(params.get("grant_type")))) {
            throw ApiError.of(400, "invalid_request", "The sandbox grants refresh_token only");
        }
        String clientId = Params.text(params.get("client_id"));
        String clientSecret = Params.text(params.get("client_secret"));
        OAuthApp app = data.oauth();
        if (!app.clientId().equals(clientId) || !app.clientSecret().equals(clientSecret)) {
            throw ApiError.of(400, "invalid_client", "Invalid client credentials");
        }
        OAuthApp fresh = data.refresh(clientId, clientSecret, String.valueOf(Params.text(params.get("refresh_token"))));
        if (fresh == null) {
            throw ApiError.of(400, "invalid_grant", "Invalid refresh token");
        }
        return WaitlistMethods.object()
                .put("access_token", fresh.accessToken())
                .put("expires", Instant.now().getEpochSecond() + OAuthApp.ACCESS_TOKEN_SECONDS)
                .put("expires_in", OAuthApp.ACCESS_TOKEN_SECONDS)
                .put("scope", "booking,crm")
                .put("domain", "oauth.bitrix.info")
                .put("server_endpoint", "https://oauth.bitrix.info/rest/")
                .put("status", "L")
                .put("client_endpoint", restEndpoint.get())
                .put("member_id", fresh.memberId())
                .put("user_id", 1)
                .put("refresh_token", fresh.refreshToken());
    }
}
