package dev.waitlistdesk.bitrix;

import dev.waitlistdesk.bitrix.RestException.Kind;
import dev.waitlistdesk.bitrix.RestException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One HTTP round trip of a REST call: POST the JSON body, follow a redirect to the same address by
 * POSTing again to {@code Location} (never turning it into a GET), read the answer up to a size limit.
 */
final class Exchange {

    private static final System.Logger LOG = System.getLogger(RestClient.class.getName());
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int MAX_REDIRECTS = 5;

    private final OkHttpClient http;
    private final ResponseReader reader;
    private final UnaryOperator<String> redactor;
    private final int maxAnswerBytes;

    Exchange(OkHttpClient shared, CallLimits limits, ProxySetting proxy, UnaryOperator<String> redactor) {
        // newBuilder() shares the connection pool and threads of the app's one client
        this.http = shared.newBuilder()
                .proxySelector(proxy.selector())
                .connectTimeout(limits.connectTimeout())
                .readTimeout(limits.readTimeout())
                .writeTimeout(limits.readTimeout())
                .eventListenerFactory(call -> new SentMarker(call.request().tag(Sent.class)))
                .build();
        this.reader = new ResponseReader(redactor);
        this.redactor = redactor;
        this.maxAnswerBytes = limits.maxAnswerBytes();
    }

    ResponseReader reader() {
        return reader;
    }

    /**
     * @param write    the call may change data: an answer lost after sending is reported as ANSWER_LOST
     * @param timeLeft the most this round trip may take, redirects included
     */
    RestResponse post(String method, HttpUrl url, byte[] json, boolean write, Duration timeLeft) {
        HttpUrl target = url;
        for (int hop = 0; ; hop++) {
            Sent sent = new Sent();
            Request request = new Request.Builder().url(target)
                    .post(RequestBody.create(json, JSON))
                    .header("Accept", "application/json")
                    .header("User-Agent", Http.USER_AGENT)
                    .tag(Sent.class, sent)
                    .build();
            LOG.log(System.Logger.Level.DEBUG, () -> redactor.apply("POST " + request.url()));
            Call call = http.newCall(request);
            call.timeout().timeout(Math.max(1, timeLeft.toMillis()), TimeUnit.MILLISECONDS);
            Answer answer = await(method, call, write, sent);
            if (answer.location() != null) {
                target = redirectTarget(method, url, target, answer.status(), answer.location(), hop);
                continue;
            }
            return reader.read(method, answer.status(), answer.contentType(), answer.body());
        }
    }

    /** An answer as it came: a redirect's {@code location}, or the body, read up to the limit. */
    private record Answer(int status, String contentType, byte[] body, String location) {
    }

    /**
     * Runs the call on OkHttp's threads and waits for it. A blocking socket read ignores an interrupt,
     * but this wait does not: when the receptionist cancels, the call itself is cancelled.
     */
    private Answer await(String method, Call call, boolean write, Sent sent) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                answer.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call done, Response response) {
                try (response) {
                    answer.complete(response.isRedirect()
                            ? new Answer(response.code(), null, null, locationOf(response))
                            : new Answer(response.code(), response.header("Content-Type"),
                                    body(method, response, write), null));
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            throw new RestException(Kind.NETWORK, method, 0, "", "The call was cancelled.", null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw network(method, io, write && sent.sent);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("An HTTP call failed unexpectedly", e.getCause());
        }
    }

    /** A redirect without a Location header is one that cannot be followed: "" marks it. */
    private static String locationOf(Response response) {
        String location = response.header("Location");
        return location == null ? "" : location;
    }

    /** An HTTP answer not yet interpreted. */
    record Raw(int status, String contentType, byte[] body) {
    }

    /** A GET for the OAuth token server, whose documented form is a query string. */
    Raw get(String what, HttpUrl url) {
        Request request = new Request.Builder().url(url).get()
                .header("Accept", "application/json").header("User-Agent", Http.USER_AGENT).build();
        try (Response response = http.newCall(request).execute()) {
            return new Raw(response.code(), response.header("Content-Type"), body(what, response, false));
        } catch (IOException e) {
            throw network(what, e, false);
        }
    }

    /**
     * A redirect is followed only to the same scheme, host and port: the request carries the webhook
     * code or the OAuth token, which must never reach another server (the documented domain change
     * is a new address for the settings, not something to follow silently).
     */
    private HttpUrl redirectTarget(String method, HttpUrl origin, HttpUrl from, int status, String location,
                                   int hop) {
        HttpUrl next = location.isEmpty() ? null : from.resolve(location);
        if (next == null || hop >= MAX_REDIRECTS) {
            throw new RestException(Kind.SERVER, method, status, "",
                    "The portal sent a redirect that cannot be followed.", null);
        }
        if (!next.scheme().equals(origin.scheme()) || !next.host().equalsIgnoreCase(origin.host())
                || next.port() != origin.port()) {
            String elsewhere = next.scheme() + "://" + next.host() + (next.port() == HttpUrl.defaultPort(next.scheme())
                    ? "" : ":" + next.port());
            throw new RestException(Kind.SERVER, Reason.REDIRECT_REFUSED, method, status,
                    redactor.apply("The portal sent the request on to another address (" + elsewhere
                            + "). The app does not send your webhook or token there. If your Bitrix24 has moved,"
                            + " enter its new address in the settings."));
        }
        LOG.log(System.Logger.Level.WARNING, () -> redactor.apply("The portal answered " + status
                + " for " + method + "; posting again to " + next
                + ". If the portal has moved, update its address in the settings."));
        return next;
    }

    /** Reads at most the limit, counted after OkHttp's transparent gzip: a small bomb cannot fill the heap. */
    private byte[] body(String method, Response response, boolean write) {
        try (InputStream in = response.body().byteStream()) {
            byte[] bytes = in.readNBytes(maxAnswerBytes + 1);
            if (bytes.length > maxAnswerBytes) {
                throw new RestException(Kind.UNREADABLE_RESPONSE, Reason.ANSWER_TOO_LARGE, method, response.code(),
                        "The portal's answer is larger than " + (maxAnswerBytes >> 20)
                                + " MB, more than any Bitrix24 answer this app asks for; it was not read.");
            }
            return bytes;
        } catch (IOException e) {
            if (write) {
                throw answerLost(method, Kind.UNREADABLE_RESPONSE, response.code());
            }
            if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
                throw timedOut(method);
            }
            throw new RestException(Kind.UNREADABLE_RESPONSE, method, response.code(), "",
                    "The portal's answer broke off before it was complete.", null);
        }
    }

    private static RestException timedOut(String method) {
        return new RestException(Kind.NETWORK, Reason.TIMED_OUT, method, 0,
                "The portal did not answer within the time one action may take.");
    }

    private static RestException answerLost(String method, Kind kind, int status) {
        return new RestException(kind, Reason.ANSWER_LOST, method, status,
                "The request reached Bitrix24, but the connection broke before its answer came back, so"
                        + " Bitrix24 may have done it. Reload to see what the portal holds now before trying again.");
    }

    private RestException network(String method, IOException e, boolean writeWasSent) {
        // The Java exception stays in the log: the description reaches the receptionist's small print.
        LOG.log(System.Logger.Level.INFO, () -> redactor.apply(method + " failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        if (e instanceof SSLException) {
            return new RestException(Kind.NETWORK, Reason.UNTRUSTED_CERTIFICATE, method, 0,
                    "The portal's security certificate is not trusted by this computer, so the app did not connect."
                            + " Check the address, or ask IT to check the certificate.");
        }
        boolean beforeSending = e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
        if (writeWasSent && !beforeSending) {
            return answerLost(method, Kind.NETWORK, 0);
        }
        if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
            // OkHttp's call timeout: what was left of the call's deadline has run out
            return timedOut(method);
        }
        if (e instanceof UnknownHostException) {
            return new RestException(Kind.NETWORK, Reason.UNKNOWN_HOST, method, 0,
                    "The portal's address could not be found.");
        }
        String what;
        if (e instanceof SocketTimeoutException) {
            what = "The portal did not answer in time.";
        } else if (e instanceof ConnectException) {
            what = "Could not connect to the portal.";
        } else {
            what = "The connection to the portal failed.";
        }
        return new RestException(Kind.NETWORK, method, 0, "", what, null);
    }

    /** Whether any byte of the request may have left: set when OkHttp starts writing its headers. */
    private static final class Sent {
        volatile boolean sent;
    }

    private static final class SentMarker extends EventListener {
        private final Sent sent;

        SentMarker(Sent sent) {
            this.sent = sent;
        }

        @Override
        public void requestHeadersStart(Call call) {
            if (sent != null) {
                sent.sent = true;
            }
        }
    }
}
