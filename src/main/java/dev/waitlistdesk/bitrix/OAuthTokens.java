package dev.waitlistdesk.bitrix;

/** A refreshed OAuth token pair, handed to the listener so it can be stored. Never printed. */
public record OAuthTokens(String accessToken, String refreshToken) {

    @Override
    public String toString() {
        return "OAuthTokens[***]";
    }
}
