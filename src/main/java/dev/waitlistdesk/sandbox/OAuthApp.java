package dev.waitlistdesk.sandbox;

/**
 * The sandbox's one OAuth application and its current token pair. An access token lives an hour
 * from {@code issuedAt} (unix seconds), or less when a fault mode expires it.
 */
public record OAuthApp(String clientId, String clientSecret, String accessToken, String refreshToken,
                       long issuedAt, boolean expiredEarly, String memberId) {

    static final long ACCESS_TOKEN_SECONDS = 3600;

    boolean accessTokenExpired(long nowSeconds) {
        return expiredEarly || nowSeconds >= issuedAt + ACCESS_TOKEN_SECONDS;
    }

    @Override
    public String toString() {
        return "OAuthApp[clientId=" + clientId + ", secrets hidden]";
    }
}
