package dev.groupbuy.admin.export;

import dev.groupbuy.admin.storage.PrivateFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The link-signing secret the embedded default generates on its first start and keeps (readable by its owner
 * only), so links stay valid across restarts. Never logged.
 */
final class ExportSecretFile {

    private static final Logger log = LoggerFactory.getLogger(ExportSecretFile.class);

    private ExportSecretFile() {}

    static String readOrGenerate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path dir = file.toAbsolutePath().getParent();
            PrivateFolders.createIfMissing(dir);
            Path temp = Files.createTempFile(dir, "export-secret", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("cannot restrict permissions of {}", temp);
            }
            Files.writeString(temp, secret + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Generated the export link secret, kept in {}", file.toAbsolutePath());
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the export secret file " + file, e);
        }
    }
}
