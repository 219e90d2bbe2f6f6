package dev.waitlistdesk.bitrix;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The app's one OkHttp client. It trusts the certificate authorities of {@link TrustedCertificates}
 * (the runtime's, the system's, and IT's extra folder); each RestClient derives its own view of it
 * (timeouts, proxy) with {@code newBuilder()}, which shares its connections and threads.
 */
public final class Http {

    /** Sent as {@code User-Agent: WaitlistDesk/<version>}, as the Bitrix24 docs ask. */
    public static final String USER_AGENT = "WaitlistDesk/0.1.0";

    private static List<Path> extraCertificates = List.of();
    private static TrustedCertificates trust;
    private static OkHttpClient client;

    private Http() {
    }

    /** A folder of extra PEM certificates to trust; takes effect only when called before the first {@link #client()}. */
    public static synchronized void trustAlso(Path folder) {
        extraCertificates = List.of(folder);
    }

    public static synchronized OkHttpClient client() {
        if (client == null) {
            trust = TrustedCertificates.load(extraCertificates);
            client = build(trust);
        }
        return client;
    }

    /** What the shared client trusts, for diagnostics. */
    public static synchronized String trustSummary() {
        client();
        return trust.summary();
    }

    /** A client like the app's, trusting exactly {@code trusted}: the shared one, and tests. */
    static OkHttpClient build(TrustedCertificates trusted) {
        SSLContext tls;
        try {
            tls = SSLContext.getInstance("TLS");
            tls.init(null, new javax.net.ssl.TrustManager[] {trusted.manager()}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS cannot be set up in this Java runtime", e);
        }
        return new OkHttpClient.Builder()
                .sslSocketFactory(tls.getSocketFactory(), trusted.manager())
                // Timeouts are set per RestClient from its CallLimits (connect 10 s, read 20 s, 30 s a call).
                // A 302 on a POST is re-POSTed by RestClient itself; OkHttp would turn it into a GET.
                .followRedirects(false)
                .followSslRedirects(false)
                // Retrying is RestClient's decision: it knows which calls are safe to repeat.
                .retryOnConnectionFailure(false)
                .connectionPool(new ConnectionPool(2, 30, TimeUnit.SECONDS))
                // Calls run on these threads so that the caller's wait can be interrupted (Cancel); daemons,
                // so that an idle pool never keeps the app's process alive after its window closed.
                .dispatcher(new Dispatcher(Executors.newCachedThreadPool(task -> {
                    Thread thread = new Thread(task, "rest-call");
                    thread.setDaemon(true);
                    return thread;
                })))
                .build();
    }
}
