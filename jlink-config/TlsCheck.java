import java.net.URL;
import java.util.Arrays;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * Checks that a runtime image can speak TLS to real HTTPS servers: counts the cipher suites it
 * enables (ECDHE ones need jdk.crypto.ec in the image) and, given a URL, makes one request.
 * Exit status 1 when no ECDHE suite is enabled or the request fails.
 *
 * <pre>
 * javac -d target/tls-check jlink-config/TlsCheck.java
 * target/dist/runtime/bin/java -cp target/tls-check TlsCheck [https://your-portal.bitrix24.com/]
 * </pre>
 */
public final class TlsCheck {

    public static void main(String[] args) throws Exception {
        SSLParameters defaults = SSLContext.getDefault().getDefaultSSLParameters();
        String[] suites = defaults.getCipherSuites();
        long ecdhe = Arrays.stream(suites).filter(suite -> suite.contains("_ECDHE_")).count();
        System.out.printf("TLS protocols: %s%n", String.join(" ", defaults.getProtocols()));
        System.out.printf("cipher suites enabled: %d, of which ECDHE: %d%n", suites.length, ecdhe);
        if (ecdhe == 0) {
            System.out.println("FAIL: no ECDHE cipher suite; is jdk.crypto.ec in the image?");
            System.exit(1);
        }
        if (args.length > 0) {
            HttpsURLConnection connection = (HttpsURLConnection) new URL(args[0]).openConnection();
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(10_000);
            connection.connect();
            String suite = connection.getCipherSuite();
            System.out.printf("HTTPS %s: HTTP %d over %s%n", args[0], connection.getResponseCode(), suite);
            connection.disconnect();
        }
    }
}
