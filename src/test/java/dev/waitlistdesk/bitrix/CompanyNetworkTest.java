package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic's network: a portal whose certificate a private CA signed (an on-premise portal, a
 * TLS-inspecting firewall), reached directly or through an HTTP proxy, over real sockets and real TLS.
 */
class CompanyNetworkTest {

    private static final String PASS = "changeit";
    private static final String HOST = "portal.clinic.test";
    private static final String CODE = "n3tw0rkc0de";
    private static final Method SCOPE = Method.read("scope");

    @TempDir
    static Path keys;
    private static SSLContext serverTls;

    private final MockWebServer server = new MockWebServer();

    /** A private root CA and a server certificate it signed, made with the JDK's keytool. */
    @BeforeEach
    void privateCa() throws Exception {
        if (serverTls == null) {
            keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=Clinic Test Root CA", "-ext", "bc:c", "-keystore", "ca.p12");
            keytool("-exportcert", "-alias", "ca", "-rfc", "-file", "certificates/clinic-root.pem", "-keystore", "ca.p12");
            keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=" + HOST, "-keystore", "server.p12");
            keytool("-certreq", "-alias", "server", "-file", "server.csr", "-keystore", "server.p12");
            keytool("-gencert", "-alias", "ca", "-infile", "server.csr", "-outfile", "server.pem", "-rfc",
                    "-ext", "SAN=dns:" + HOST + ",dns:localhost,ip:127.0.0.1", "-keystore", "ca.p12");
            keytool("-importcert", "-alias", "ca", "-file", "certificates/clinic-root.pem", "-noprompt", "-keystore", "server.p12");
            keytool("-importcert", "-alias", "server", "-file", "server.pem", "-keystore", "server.p12");
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keys.resolve("server.p12"))) {
                store.load(in, PASS.toCharArray());
            }
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(store, PASS.toCharArray());
            serverTls = SSLContext.getInstance("TLS");
            serverTls.init(managers.getKeyManagers(), null, null);
        }
        server.useHttps(serverTls.getSocketFactory());
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void keytool(String... args) throws Exception {
        Files.createDirectories(keys.resolve("certificates"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", PASS, "-keypass", PASS, "-storetype", "PKCS12"));
        Process process = new ProcessBuilder(command).directory(keys.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, String.join(" ", args) + ": " + output);
    }

    private static TrustedCertificates trusting(Path... folders) {
        return TrustedCertificates.load(List.of(), List.of(folders)); // the runtime's, and the folders'
    }

    private RestClient client(String base, TrustedCertificates trust, ProxySetting proxy) {
        RestOptions options = RestOptions.defaults().withProxy(proxy)
                .withRetry(new RetryPolicy(0, 0, Duration.ZERO, Duration.ZERO, () -> 0));
        return new RestClient(Portal.webhook(base + "rest/1/" + CODE + "/"), options, Http.build(trust));
    }

    private void answerScope() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body("{\"result\":[\"booking\",\"crm\"],\"time\":{}}").build());
    }

    @Test
    void aPortalSignedByAPrivateCaIsTrustedOnceItsRootIsInTheFolder() throws Exception {
        // Given: the portal at https://localhost with a certificate of the clinic's own CA
        String base = server.url("/").toString().replace("127.0.0.1", "localhost");
        answerScope();

        // When / Then: with the CA's PEM in the extra folder the call goes through over TLS
        TrustedCertificates trust = trusting(keys.resolve("certificates"));
        assertTrue(trust.summary().contains("certificates 1"), trust.summary());
        JsonNode answer = client(base, trust, ProxySetting.NONE).call(SCOPE, Map.of());
        assertEquals("[\"booking\",\"crm\"]", answer.toString());
        assertTrue(server.takeRequest().getRequestLine().startsWith("POST /rest/1/" + CODE + "/scope HTTP/"));
        assertTrue(server.takeRequest(0, TimeUnit.SECONDS) == null);
    }

    @Test
    void aRootInTheOperatingSystemsBundleIsTrustedToo() throws Exception {
        // Given: the clinic's root added to the system's bundle (update-ca-certificates on Debian)
        Path bundle = keys.resolve("ca-certificates.crt");
        Files.writeString(bundle, Files.readString(keys.resolve("certificates/clinic-root.pem")));
        String base = server.url("/").toString().replace("127.0.0.1", "localhost");
        answerScope();

        TrustedCertificates trust = TrustedCertificates.load(List.of(keys.resolve("absent.crt"), bundle), List.of());

        assertTrue(trust.summary().contains("ca-certificates.crt 1"), trust.summary());
        assertEquals("[\"booking\",\"crm\"]", client(base, trust, ProxySetting.NONE).call(SCOPE, Map.of()).toString());
    }

    @Test
    void withoutTheRootTheSamePortalIsRefusedAsUntrusted() {
        String base = server.url("/").toString().replace("127.0.0.1", "localhost");
        answerScope();

        RestException refused = assertThrows(RestException.class,
                () -> client(base, trusting(), ProxySetting.NONE).call(SCOPE, Map.of()));

        assertEquals(RestException.Reason.UNTRUSTED_CERTIFICATE, refused.reason(), refused.getMessage());
    }

    @Test
    void aProxyFromSettingsCarriesTheCallThroughACONNECTTunnel() throws Exception {
        // Given: the server plays the company proxy and, inside the tunnel, the portal
        server.enqueue(new MockResponse.Builder().inTunnel().build());
        answerScope();
        ProxySetting proxy = ProxySetting.parse("127.0.0.1:" + server.getPort());

        // When: the desk calls a portal whose name only the proxy knows
        JsonNode answer = client("https://" + HOST + "/", trusting(keys.resolve("certificates")), proxy)
                .call(SCOPE, Map.of());

        // Then: the proxy was asked for a tunnel to the portal, and the call went through it
        assertEquals("[\"booking\",\"crm\"]", answer.toString());
        assertEquals("CONNECT " + HOST + ":443 HTTP/1.1", server.takeRequest().getRequestLine());
        assertTrue(server.takeRequest().getRequestLine().startsWith("POST /rest/1/" + CODE + "/scope HTTP/"));
    }

    @Test
    void theSystemProxyIsAskedAtEachConnection() throws Exception {
        // Given: the JVM's proxy selector (what java.net.useSystemProxies reads from the OS) names the proxy
        server.enqueue(new MockResponse.Builder().inTunnel().build());
        answerScope();
        ProxySelector before = ProxySelector.getDefault();
        List<URI> asked = new ArrayList<>();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(server.getProxyAddress());
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            }
        });
        try {
            client("https://" + HOST + "/", trusting(keys.resolve("certificates")), ProxySetting.SYSTEM)
                    .call(SCOPE, Map.of());
        } finally {
            ProxySelector.setDefault(before);
        }

        assertEquals("CONNECT " + HOST + ":443 HTTP/1.1", server.takeRequest().getRequestLine());
        assertTrue(asked.contains(URI.create("https://" + HOST + "/")), asked.toString());
    }

    @Test
    void proxySettingsAreReadOrRefusedInWords() {
        assertEquals(ProxySetting.SYSTEM, ProxySetting.parse(""));
        assertEquals(ProxySetting.NONE, ProxySetting.parse("none"));
        assertEquals(new ProxySetting(ProxySetting.Kind.HTTP, "proxy.clinic.local", 3128),
                ProxySetting.parse("http://proxy.clinic.local:3128"));
        assertEquals("HTTP proxy proxy.clinic.local:3128", ProxySetting.parse("proxy.clinic.local:3128").describe());
        for (String wrong : List.of("proxy.clinic.local", "socks5://p:1080", "p:99999", "p:80/path")) {
            assertEquals("The proxy must be host:port, e.g. proxy.clinic.local:3128",
                    assertThrows(IllegalArgumentException.class, () -> ProxySetting.parse(wrong)).getMessage(), wrong);
        }
    }
}
