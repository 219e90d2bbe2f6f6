package dev.waitlistdesk.bitrix;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Which proxy the desk's calls go through: the operating system's (the default: Java reads the Windows
 * and macOS settings, and GNOME's on Linux, when {@code java.net.useSystemProxies} is on), none, or one
 * HTTP proxy given as {@code host:port}. The practice portal on this computer is never reached through one.
 */
public record ProxySetting(Kind kind, String host, int port) {

    public enum Kind { SYSTEM, NONE, HTTP }

    public static final ProxySetting SYSTEM = new ProxySetting(Kind.SYSTEM, "", 0);
    public static final ProxySetting NONE = new ProxySetting(Kind.NONE, "", 0);

    /**
     * "" or "system": the system's; "none": direct; {@code host:port} or {@code http://host:port}: that proxy.
     *
     * @throws BadSetting in plain words
     */
    public static ProxySetting parse(String text) {
        String value = text == null ? "" : text.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("system")) {
            return SYSTEM;
        }
        if (lower.equals("none") || lower.equals("direct")) {
            return NONE;
        }
        URI uri;
        try {
            uri = URI.create(lower.contains("://") ? value : "http://" + value);
        } catch (IllegalArgumentException e) {
            throw notHostPort();
        }
        boolean noPath = uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/");
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() <= 0
                || uri.getPort() > 65_535 || !noPath) {
            throw notHostPort();
        }
        return new ProxySetting(Kind.HTTP, uri.getHost(), uri.getPort());
    }

    /** For diagnostics. */
    public String describe() {
        return switch (kind) {
            case SYSTEM -> "the system's";
            case NONE -> "none (direct)";
            case HTTP -> "HTTP proxy " + host + ":" + port;
        };
    }

    /** The selector OkHttp asks for each connection. */
    ProxySelector selector() {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                if (uri.getHost() != null && Portal.isLoopback(uri.getHost())) {
                    return List.of(Proxy.NO_PROXY);
                }
                return switch (kind) {
                    // read when asked, so the system's setting is the one of the moment
                    case SYSTEM -> ProxySelector.getDefault() == null ? List.of(Proxy.NO_PROXY)
                            : ProxySelector.getDefault().select(uri);
                    case NONE -> List.of(Proxy.NO_PROXY);
                    case HTTP -> List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port)));
                };
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                if (kind == Kind.SYSTEM && ProxySelector.getDefault() != null) {
                    ProxySelector.getDefault().connectFailed(uri, address, failure);
                }
            }
        };
    }

    private static BadSetting notHostPort() {
        return new BadSetting(BadSetting.Field.PROXY, BadSetting.Reason.NOT_HOST_PORT,
                "The proxy must be host:port, e.g. proxy.clinic.local:3128");
    }
}
