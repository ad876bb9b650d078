package dev.groupbuy.admin.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder holding data only its owner may read, such as the embedded database and the admin token: created
 * {@code 700}, its files {@code 600}. Whatever umask the process started with, a folder or file of ours that
 * group or others may read is tightened (and said so in the log). A folder that also holds files that are not
 * ours (the working directory, {@code /tmp}) is left as it is, with a warning; only our files in it change.
 * Does nothing on file systems without POSIX permissions.
 */
final class PrivateDirectory {

    static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(PrivateDirectory.class);
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.complementOf(EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    private final Path directory;
    private final Predicate<String> ours;

    /**
     * @param ours which file names in the folder are this application's
     */
    PrivateDirectory(Path directory, Predicate<String> ours) {
        this.directory = directory.toAbsolutePath().normalize();
        this.ours = ours;
    }

    /**
     * Creates the folder ({@code 700}) when missing, then tightens it and our files in it, with a warning for
     * each: this is how the service found them.
     */
    void secure() {
        secure(true);
    }

    /** Tightens files the service has just created itself (under the umask): said at INFO, not a warning. */
    void secureNewFiles() {
        secure(false);
    }

    private void secure(boolean warn) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            if (Files.notExists(directory)) {
                create();
                return;
            }
            List<Path> entries = entries();
            boolean onlyOurs =
                    entries.stream().allMatch(p -> ours.test(p.getFileName().toString()));
            if (onlyOurs) {
                tighten(directory, OWNER_DIRECTORY, warn);
            } else if (warn && openToOthers(directory)) {
                log.warn(
                        "{} may be read by other users and holds files that are not groupbuy's, so its permissions"
                                + " are left alone; give groupbuy a folder of its own (groupbuy.data-dir)",
                        directory);
            }
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && ours.test(entry.getFileName().toString())) {
                    tighten(entry, OWNER_FILE, warn);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the permissions of " + directory, e);
        }
    }

    private void create() throws IOException {
        PrivateFolders.createIfMissing(directory);
        Files.setPosixFilePermissions(directory, OWNER_DIRECTORY);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }

    private static void tighten(Path path, Set<PosixFilePermission> wanted, boolean warn) throws IOException {
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
        if (openToOthers(current)) {
            Files.setPosixFilePermissions(path, wanted);
            String message = "Permissions of {} were {}; changed to {} so that only this user can read it";
            String was = PosixFilePermissions.toString(current);
            String now = PosixFilePermissions.toString(wanted);
            if (warn) {
                log.warn(message, path, was, now);
            } else {
                log.info(message, path, was, now);
            }
        }
    }

    private static boolean openToOthers(Path path) throws IOException {
        return openToOthers(Files.getPosixFilePermissions(path));
    }

    private static boolean openToOthers(Set<PosixFilePermission> permissions) {
        return permissions.stream().anyMatch(GROUP_OR_OTHERS::contains);
    }
}
