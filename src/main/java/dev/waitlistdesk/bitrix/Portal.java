package dev.waitlistdesk.bitrix;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Where a Bitrix24 portal is and how to prove who we are: an incoming-webhook URL, or OAuth tokens.
 * Immutable; a refresh gives a new Portal ({@link #withTokens}). Secrets never leave this package
 * and {@link #toString()} hides them.
 */
public final class Portal {

    /** Bitrix24's OAuth server; the sandbox overrides it with its own loopback address. */
    public static final String DEFAULT_TOKEN_ENDPOINT = "https://oauth.bitrix.info/oauth/token/";

    private static final String EXAMPLE = "https://your-portal.bitrix24.com/rest/1/your-webhook-code/";
    private static final Pattern WEBHOOK_CODE = Pattern.compile("[A-Za-z0-9_]+");

    private final HttpUrl restBase;
    private final boolean oauth;
    private final String webhookCode;
    private final String accessToken;
    private final String refreshToken;
    private final String clientId;
    private final String clientSecret;
    private final HttpUrl tokenEndpoint;

    private Portal(HttpUrl restBase, boolean oauth, String webhookCode, String accessToken,
                   String refreshToken, String clientId, String clientSecret, HttpUrl tokenEndpoint) {
        this.restBase = restBase;
        this.oauth = oauth;
        this.webhookCode = webhookCode;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.tokenEndpoint = tokenEndpoint;
        Redaction.remember(secrets());
    }

    /**
     * A portal reached through an incoming webhook, {@code https://host/rest/<userId>/<code>/}.
     * A trailing method name ({@code .../profile.json}), as Bitrix24 shows in its examples, is dropped.
     *
     * @throws BadSetting in plain words, without echoing the secret code
     */
    public static Portal webhook(String url) {
        HttpUrl parsed = parse(url, BadSetting.Field.WEBHOOK_URL, "webhook URL");
        if (parsed.query() != null || parsed.fragment() != null) {
            throw new BadSetting(BadSetting.Field.WEBHOOK_URL, BadSetting.Reason.QUERY,
                    "Remove the part after \"?\" or \"#\" from the webhook URL.");
        }
        List<String> segments = parsed.pathSegments().stream().filter(s -> !s.isEmpty()).toList();
        if (segments.size() == 4 && segments.get(3).contains(".")) {
            segments = segments.subList(0, 3); // ".../rest/1/code/profile.json"
        }
        if (segments.size() != 3 || !segments.get(0).equals("rest")) {
            throw new BadSetting(BadSetting.Field.WEBHOOK_URL, BadSetting.Reason.WEBHOOK_PATH,
                    "The webhook URL must end in /rest/<user id>/<webhook code>/, like " + EXAMPLE);
        }
        if (!segments.get(1).matches("[0-9]{1,18}")) {
            throw new BadSetting(BadSetting.Field.WEBHOOK_URL, BadSetting.Reason.USER_ID,
                    "After /rest/ the webhook URL must have the user id, a number, like " + EXAMPLE);
        }
        if (!WEBHOOK_CODE.matcher(segments.get(2)).matches()) {
            throw new BadSetting(BadSetting.Field.WEBHOOK_URL, BadSetting.Reason.WEBHOOK_CODE,
                    "The webhook code (the part after the user id) may contain only letters and digits; check that "
                            + "the URL was copied completely.");
        }
        HttpUrl base = parsed.newBuilder().encodedPath("/")
                .addPathSegment("rest").addPathSegment(segments.get(1)).addPathSegment(segments.get(2))
                .addPathSegment("").build();
        return new Portal(base, false, segments.get(2), null, null, null, null, null);
    }

    /**
     * A portal reached with OAuth tokens. {@code clientEndpoint} is the REST base the token answer
     * gives, e.g. {@code https://portal.bitrix24.com/rest/}.
     */
    public static Portal oauth(String clientEndpoint, String accessToken, String refreshToken,
                               String clientId, String clientSecret) {
        HttpUrl parsed = parse(clientEndpoint, BadSetting.Field.CLIENT_ENDPOINT, "portal address (client_endpoint)");
        HttpUrl base = parsed.encodedPath().endsWith("/") ? parsed
                : parsed.newBuilder().addPathSegment("").build();
        return new Portal(base, true, null, required(accessToken, BadSetting.Field.ACCESS_TOKEN, "access token"),
                required(refreshToken, BadSetting.Field.REFRESH_TOKEN, "refresh token"),
                required(clientId, BadSetting.Field.CLIENT_ID, "client id"),
                required(clientSecret, BadSetting.Field.CLIENT_SECRET, "client secret"),
                HttpUrl.get(DEFAULT_TOKEN_ENDPOINT));
    }

    /** The same portal with another OAuth token server (the sandbox serves {@code /oauth/token/}). */
    public Portal withTokenEndpoint(String url) {
        requireOauth();
        return new Portal(restBase, true, null, accessToken, refreshToken, clientId, clientSecret,
                parse(url, BadSetting.Field.TOKEN_SERVER, "token server address"));
    }

    /** The same portal with a refreshed token pair. */
    public Portal withTokens(String newAccessToken, String newRefreshToken) {
        requireOauth();
        return new Portal(restBase, true, null, required(newAccessToken, BadSetting.Field.ACCESS_TOKEN, "access token"),
                required(newRefreshToken, BadSetting.Field.REFRESH_TOKEN, "refresh token"), clientId, clientSecret,
                tokenEndpoint);
    }

    public boolean isOAuth() {
        return oauth;
    }

    /** True for 127.0.0.1, ::1 and localhost: the only hosts plain http is allowed for. */
    public boolean isLoopback() {
        return isLoopback(restBase.host());
    }

    /** The portal's host name, safe to show. */
    public String host() {
        return restBase.host();
    }

    /**
     * What tells this portal from another: its host, with the port when it is not the usual one (two
     * portals on one server, as on-premise or local ones can be, are two portals).
     */
    public String identity() {
        int port = restBase.port();
        return port == HttpUrl.defaultPort(restBase.scheme()) ? restBase.host() : restBase.host() + ":" + port;
    }

    HttpUrl methodUrl(String method) {
        return restBase.newBuilder().addPathSegment(method).build();
    }

    HttpUrl tokenEndpoint() {
        return tokenEndpoint;
    }

    String accessToken() {
        return accessToken;
    }

    String refreshToken() {
        return refreshToken;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    /** Every secret this portal holds, for redaction. */
    List<String> secrets() {
        return java.util.stream.Stream.of(webhookCode, accessToken, refreshToken, clientSecret)
                .filter(Objects::nonNull).toList();
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        // literal addresses only: "127.example.com" is somebody else's host
        return h.equals("localhost") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
                || h.equals("::1") || h.equals("[::1]");
    }

    /** https always; http only for this computer (the sandbox portal). */
    static boolean isAllowedScheme(HttpUrl url) {
        return url.isHttps() || isLoopback(url.host());
    }

    private static HttpUrl parse(String url, BadSetting.Field field, String what) {
        if (url == null || url.isBlank()) {
            throw new BadSetting(field, BadSetting.Reason.EMPTY,
                    "The " + what + " is empty; paste an address like " + EXAMPLE);
        }
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw new BadSetting(field, BadSetting.Reason.NOT_WEB_ADDRESS,
                    "The " + what + " is not a web address; it must start with https://");
        }
        if (!isAllowedScheme(parsed)) {
            throw new BadSetting(field, BadSetting.Reason.NOT_HTTPS, "The " + what + " must start with https:// "
                    + "(plain http is allowed only for the sandbox portal on this computer).");
        }
        return parsed;
    }

    private static String required(String value, BadSetting.Field field, String what) {
        if (value == null || value.isBlank()) {
            throw new BadSetting(field, BadSetting.Reason.EMPTY, "The " + what + " is empty.");
        }
        return value.strip();
    }

    private void requireOauth() {
        if (!oauth) {
            throw new IllegalStateException("A webhook portal has no OAuth tokens");
        }
    }

    @Override
    public String toString() {
        return oauth
                ? "Portal[OAuth " + restBase + ", tokens ***]"
                : "Portal[webhook " + Redaction.redact(restBase.toString()) + "]";
    }
}
