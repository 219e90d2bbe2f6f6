package dev.waitlistdesk.bitrix;

import dev.waitlistdesk.bitrix.RestException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One HTTP round trip of a REST call: POST the JSON body, follow a 302 by POSTing again to
 * {@code Location} (never turning it into a GET), read the answer.
 */
final class Exchange {

    private static final System.Logger LOG = System.getLogger(RestClient.class.getName());
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int MAX_REDIRECTS = 5;

    private final OkHttpClient http;
    private final ResponseReader reader;
    private final UnaryOperator<String> redactor;

    Exchange(OkHttpClient http, UnaryOperator<String> redactor) {
        this.http = http;
        this.reader = new ResponseReader(redactor);
        this.redactor = redactor;
    }

    ResponseReader reader() {
        return reader;
    }

    RestResponse post(String method, HttpUrl url, byte[] json) {
        HttpUrl target = url;
        for (int hop = 0; ; hop++) {
            Request request = new Request.Builder().url(target)
                    .post(RequestBody.create(json, JSON))
                    .header("Accept", "application/json")
                    .header("User-Agent", Http.USER_AGENT)
                    .build();
            LOG.log(System.Logger.Level.DEBUG, () -> redactor.apply("POST " + request.url()));
            try (Response response = http.newCall(request).execute()) {
                if (response.isRedirect()) {
                    target = redirectTarget(method, target, response, hop);
                    continue;
                }
                return reader.read(method, response.code(), response.header("Content-Type"), body(method, response));
            } catch (IOException e) {
                throw network(method, e);
            }
        }
    }

    /** An HTTP answer not yet interpreted. */
    record Raw(int status, String contentType, byte[] body) {
    }

    /** A GET for the OAuth token server, whose documented form is a query string. */
    Raw get(String what, HttpUrl url) {
        Request request = new Request.Builder().url(url).get()
                .header("Accept", "application/json").header("User-Agent", Http.USER_AGENT).build();
        try (Response response = http.newCall(request).execute()) {
            return new Raw(response.code(), response.header("Content-Type"), body(what, response));
        } catch (IOException e) {
            throw network(what, e);
        }
    }

    private HttpUrl redirectTarget(String method, HttpUrl from, Response response, int hop) {
        String location = response.header("Location");
        HttpUrl next = location == null ? null : from.resolve(location);
        if (next == null || hop >= MAX_REDIRECTS || !Portal.isAllowedScheme(next)) {
            throw new RestException(Kind.SERVER, method, response.code(), "",
                    "The portal sent a redirect that cannot be followed safely"
                            + (next == null ? "." : " (to " + redactor.apply(next.toString()) + ")."), null);
        }
        LOG.log(System.Logger.Level.WARNING, () -> redactor.apply("The portal answered " + response.code()
                + " for " + method + "; posting again to " + next
                + ". If the portal has moved, update its address in the settings."));
        return next;
    }

    private byte[] body(String method, Response response) {
        try {
            return response.body().bytes();
        } catch (IOException e) {
            throw new RestException(Kind.UNREADABLE_RESPONSE, method, response.code(), "",
                    "The portal's answer broke off before it was complete.", null);
        }
    }

    private RestException network(String method, IOException e) {
        String what;
        if (e instanceof SocketTimeoutException) {
            what = "The portal did not answer in time";
        } else if (e instanceof UnknownHostException) {
            what = "The portal's address could not be found (check the address and the internet connection)";
        } else if (e instanceof ConnectException) {
            what = "Could not connect to the portal";
        } else {
            what = "The connection to the portal failed";
        }
        // The cause is left out on purpose: OkHttp's messages can carry the request URL.
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new RestException(Kind.NETWORK, method, 0, "", redactor.apply(what + " (" + detail + ")."), null);
    }
}
