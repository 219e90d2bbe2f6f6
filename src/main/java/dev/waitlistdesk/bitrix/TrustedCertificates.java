package dev.waitlistdesk.bitrix;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authorities the desk trusts: those of its Java runtime (frozen when the installer
 * was built), those the operating system trusts where Java can read them (the Linux bundle, the macOS
 * keychain), and the PEM files IT puts in a folder beside the machine-wide settings. A company root
 * (an on-premise portal, a TLS-inspecting firewall) installed in the OS is thus trusted as well.
 */
public final class TrustedCertificates {

    private static final System.Logger LOG = System.getLogger(TrustedCertificates.class.getName());

    /** Where Linux distributions keep the system's bundle (Debian/Ubuntu, Fedora/RHEL, Alpine/Arch, SUSE). */
    static final List<Path> LINUX_BUNDLES = List.of(Path.of("/etc/ssl/certs/ca-certificates.crt"),
            Path.of("/etc/pki/tls/certs/ca-bundle.crt"), Path.of("/etc/ssl/cert.pem"),
            Path.of("/etc/ssl/ca-bundle.pem"));

    private final X509TrustManager manager;
    private final String summary;

    private TrustedCertificates(X509TrustManager manager, String summary) {
        this.manager = manager;
        this.summary = summary;
    }

    /** The runtime's, the system's (the first of {@code systemBundles} present) and the extra folders' PEM files. */
    public static TrustedCertificates load(List<Path> systemBundles, List<Path> extraFolders) {
        Map<String, X509Certificate> all = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        try {
            int runtime = add(all, runtimeAuthorities());
            parts.add("runtime " + runtime);
            systemBundles.stream().filter(Files::isRegularFile).findFirst()
                    .ifPresent(bundle -> parts.add(bundle + " " + add(all, readPem(bundle))));
            keychain().ifPresent(count -> parts.add("keychain " + add(all, count)));
            for (Path folder : extraFolders) {
                if (Files.isDirectory(folder)) {
                    parts.add(folder + " " + add(all, readFolder(folder)));
                }
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (Map.Entry<String, X509Certificate> entry : all.entrySet()) {
                store.setCertificateEntry(entry.getKey(), entry.getValue());
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            String summary = all.size() + " authorities (" + String.join(", ", parts) + ")";
            return new TrustedCertificates(x509(factory.getTrustManagers()), summary);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The trusted certificates cannot be set up: " + e, e);
        }
    }

    /** Those of the runtime and the system's, and the extra folders'. */
    public static TrustedCertificates load(List<Path> extraFolders) {
        return load(LINUX_BUNDLES, extraFolders);
    }

    public X509TrustManager manager() {
        return manager;
    }

    /** How many authorities came from where, for diagnostics. */
    public String summary() {
        return summary;
    }

    private static int add(Map<String, X509Certificate> all, Collection<X509Certificate> certificates) {
        int before = all.size();
        for (X509Certificate certificate : certificates) {
            // keyed by subject and serial: the same root from two sources counts once
            all.putIfAbsent(certificate.getSubjectX500Principal().getName() + "#" + certificate.getSerialNumber(),
                    certificate);
        }
        return all.size() - before;
    }

    private static List<X509Certificate> runtimeAuthorities() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        return List.of(x509(factory.getTrustManagers()).getAcceptedIssuers());
    }

    /** The login keychain's roots on macOS (JDK 17 reads no other); nothing elsewhere. */
    private static java.util.Optional<List<X509Certificate>> keychain() {
        if (!System.getProperty("os.name", "").startsWith("Mac")) {
            return java.util.Optional.empty();
        }
        try {
            KeyStore store = KeyStore.getInstance("KeychainStore");
            store.load(null, null);
            List<X509Certificate> roots = new ArrayList<>();
            for (String alias : java.util.Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    roots.add(certificate);
                }
            }
            return java.util.Optional.of(roots);
        } catch (GeneralSecurityException | IOException e) {
            LOG.log(Level.INFO, "The macOS keychain was not read: {0}", e.toString());
            return java.util.Optional.empty();
        }
    }

    private static List<X509Certificate> readFolder(Path folder) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{pem,crt,cer}")) {
            for (Path file : files) {
                certificates.addAll(readPem(file));
            }
        }
        return certificates;
    }

    /** Every certificate in a PEM (or DER) file; a file that is not one is logged and skipped. */
    static List<X509Certificate> readPem(Path file) {
        // buffered: the PEM parser reads a byte at a time; unbuffered, the 200 KB system bundle took
        // 5 s instead of 0.08 s (load average 20)
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            return certificates;
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            LOG.log(Level.WARNING, "Certificates in {0} could not be read ({1}); skipped", file, e.toString());
            return List.of();
        }
    }

    private static X509TrustManager x509(TrustManager[] managers) {
        for (TrustManager manager : managers) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("No X.509 trust manager in this Java runtime");
    }
}
