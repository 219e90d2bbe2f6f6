package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finding 7: credentials are checked before the body is read, and a body is read only up to a limit. */
class InputLimitsTest {

    private static final long HUGE = 200L << 20;

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();

    /** Sends the headers of a 200 MB POST and a few bytes of it, and reads the status line that comes back. */
    private String statusLineForHugePost(String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), running.server().port())) {
            socket.setSoTimeout(5_000); // the old sandbox waited for all 200 MB before answering
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + HUGE + "\r\n\r\n{\"fields\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    @Test
    void aWrongWebhookCodeIsRefusedBeforeTheBodyIsRead() throws IOException {
        assertEquals("HTTP/1.1 401 Unauthorized", statusLineForHugePost("/rest/1/wrongcode/booking.v1.waitlist.add"));
    }

    @Test
    void aWrongTokenInTheQueryIsRefusedBeforeTheBodyIsRead() throws IOException {
        assertEquals("HTTP/1.1 401 Unauthorized", statusLineForHugePost("/rest/booking.v1.waitlist.add?auth=wrong"));
    }

    @Test
    void anAnnouncedHugeBodyIsRefusedWith413BeforeItIsRead() throws IOException {
        String path = URI.create(running.server().webhookUrl()).getPath() + "booking.v1.waitlist.add";

        assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLineForHugePost(path));
    }

    @Test
    void aStreamedBodyOverTheLimitGetsA413JsonError() {
        // given a chunked body of 3 MB, whose length is not announced
        byte[] chunk = " ".repeat(64 << 10).getBytes(StandardCharsets.US_ASCII);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(running.server().webhookUrl() + "scope"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                        java.util.Collections.enumeration(Stream.generate(() -> (InputStream)
                                new java.io.ByteArrayInputStream(chunk)).limit(48).toList()))));

        RestCall.Reply reply = RestCall.send(request);

        assertEquals(413, reply.status());
        assertEquals("REQUEST_TOO_LARGE", reply.error());
        assertTrue(reply.json().get("error_description").asText().contains("1 MB"));
    }

    @Test
    void aBodyUnderTheLimitIsStillRead() {
        String note = "n".repeat(500_000);

        RestCall.Reply reply = RestCall.postJson(running.server().webhookUrl() + "booking.v1.waitlist.add",
                "{\"fields\":{\"note\":\"" + note + "\"}}");

        assertEquals(200, reply.status(), reply.text());
    }
}
