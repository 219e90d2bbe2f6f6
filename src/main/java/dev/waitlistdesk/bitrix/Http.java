package dev.waitlistdesk.bitrix;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** The app's one OkHttp client. */
public final class Http {

    /** Sent as {@code User-Agent: WaitlistDesk/<version>}, as the Bitrix24 docs ask. */
    public static final String USER_AGENT = "WaitlistDesk/0.1.0";

    private static final OkHttpClient CLIENT = new OkHttpClient.Builder()
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

    private Http() {
    }

    public static OkHttpClient client() {
        return CLIENT;
    }
}
