package dev.groupbuy.admin.security;

import dev.groupbuy.admin.storage.PrivateFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin token the embedded default generates on its first start and reuses on later starts, so an
 * operator can try the API without configuring anything.
 */
final class AdminTokenFile {

    private static final Logger log = LoggerFactory.getLogger(AdminTokenFile.class);

    private final Path file;
    private final SecureRandom random;

    AdminTokenFile(Path file, SecureRandom random) {
        this.file = file;
        this.random = random;
    }

    /** The token kept in the file; generated, stored and logged once when there is none yet. */
    String readOrGenerate() {
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    log.info("Admin API token read from {}", file.toAbsolutePath());
                    return kept;
                }
            }
            return generate();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the admin token file " + file, e);
        }
    }

    private String generate() throws IOException {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path dir = file.toAbsolutePath().getParent();
        PrivateFolders.createIfMissing(dir);
        Path temp = Files.createTempFile(dir, "admin-token", ".tmp");
        restrictToOwner(temp);
        Files.writeString(temp, token + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        log.warn("Generated an admin API token (kept in {}; shown only this once): {}", file.toAbsolutePath(), token);
        return token;
    }

    private static void restrictToOwner(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("cannot restrict permissions of {}", path, e);
        }
    }
}
