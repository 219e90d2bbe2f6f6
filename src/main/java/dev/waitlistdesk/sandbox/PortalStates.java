package dev.waitlistdesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;

/** Reading the data file, and making a fresh state: demo data plus (new or kept) credentials. */
final class PortalStates {

    private static final System.Logger LOG = System.getLogger(PortalStates.class.getName());
    private static final SecureRandom SECRETS = new SecureRandom();

    private PortalStates() {
    }

    /** The stored state, or null when there is none; an unreadable file is moved aside. */
    static PortalState read(Path path) {
        DataFile.refuseForeign(path);
        DataFile.deleteOwnTemporaryFiles(path);
        if (!Files.exists(path)) {
            return null;
        }
        try {
            PortalState state = SandboxJson.MAPPER.readValue(path.toFile(), PortalState.class);
            if (state.webhookCode() == null || state.oauth() == null || state.next() == null) {
                throw new IOException("required parts are missing");
            }
            return state;
        } catch (IOException | RuntimeException e) {
            Path aside = path.resolveSibling(path.getFileName() + ".unreadable-" + System.currentTimeMillis());
            // Only the exception's type: a parser's message quotes the file, which holds the secrets.
            LOG.log(System.Logger.Level.WARNING, "The sandbox data file " + path + " is unreadable ("
                    + e.getClass().getSimpleName() + "); moved it to " + aside + " and starting with fresh demo data");
            try {
                Files.move(path, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException("Cannot move the unreadable sandbox data file aside", moveFailed);
            }
            return null;
        }
    }

    /** Demo data for the config; the webhook code and OAuth app of {@code previous} are kept if given. */
    static PortalState seed(SandboxConfig config, PortalState previous) {
        long now = Instant.now().getEpochSecond();
        String code = previous != null ? previous.webhookCode() : secret(16);
        OAuthApp app = previous != null ? previous.oauth()
                : new OAuthApp("local.sandbox" + secret(8), secret(40), secret(32), secret(32), now, false, secret(32));
        return DemoData.seed(config.seed(), config.scale(), code, app, now);
    }

    /** Random lowercase letters and digits, as Bitrix24 webhook codes look. */
    static String secret(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(SECRETS.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
