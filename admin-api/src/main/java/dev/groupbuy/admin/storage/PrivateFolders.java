package dev.groupbuy.admin.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Creating the folders that hold the service's own files (the data folder): {@code 700} from the start. */
public final class PrivateFolders {

    private PrivateFolders() {}

    /** Creates {@code dir} readable by its owner only, and its missing parents as usual; nothing if it exists. */
    public static void createIfMissing(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PrivateDirectory.OWNER_DIRECTORY));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(dir);
        }
    }
}
