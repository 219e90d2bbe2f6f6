package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.RestException.Kind;
import dev.waitlistdesk.bitrix.RestException.Reason;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding 4: an untrusted certificate and a write whose answer was lost are told apart from "no connection". */
class FailureWordingTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void anUntrustedCertificateHasItsOwnMessageAndIsNotRetried(@TempDir Path dir) throws Exception {
        // given an https portal with a self-signed certificate (a read would be retried twice if it were "network")
        try (MockWebServer https = new MockWebServer()) {
            https.useHttps(selfSigned(dir).getSocketFactory());
            https.start();
            RestClient client = new RestClient(
                    Portal.webhook(https.url("/rest/1/" + TestPortal.CODE + "/").toString()),
                    RestOptions.defaults().withTime(portal.time, portal.time));

            RestException e = assertThrows(RestException.class,
                    () -> client.call(Method.read("booking.v1.waitlist.list"), Map.of()));

            assertEquals(Reason.UNTRUSTED_CERTIFICATE, e.reason());
            assertTrue(e.getMessage().contains("certificate is not trusted"), e.getMessage());
            assertEquals(0, portal.time.sleeps().size(), "not retried");
        }
    }

    @Test
    void aWriteWhoseAnswerIsLostSaysBitrixMayHaveDoneIt() {
        // given the portal runs waitlist.add, then the connection drops before the answer
        portal.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

        RestException e = assertThrows(RestException.class,
                () -> portal.client.call(Method.write("booking.v1.waitlist.add"), Map.of("fields", Map.of("note", "n"))));

        assertEquals(Kind.NETWORK, e.kind());
        assertEquals(Reason.ANSWER_LOST, e.reason());
        assertTrue(e.getMessage().contains("may have done it"), e.getMessage());
        assertEquals(1, portal.server.getRequestCount(), "a write is never sent twice");
    }

    @Test
    void aWriteThatCouldNotConnectIsNoLostAnswer() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RestClient client = new RestClient(Portal.webhook("http://127.0.0.1:" + closedPort + "/rest/1/abc/"),
                RestOptions.defaults().withTime(portal.time, portal.time));

        RestException e = assertThrows(RestException.class,
                () -> client.call(Method.write("booking.v1.waitlist.delete"), Map.of("id", 1)));

        assertEquals(Reason.NONE, e.reason());
        assertTrue(e.getMessage().contains("Could not connect"), e.getMessage());
    }

    /** A key store made by the JDK's keytool: a certificate nobody trusts. */
    private static SSLContext selfSigned(Path dir) throws Exception {
        Path store = dir.resolve("portal.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "portal", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(30, TimeUnit.SECONDS) && keytool.exitValue() == 0,
                new String(keytool.getInputStream().readAllBytes()));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        Files.deleteIfExists(store);
        return context;
    }
}
