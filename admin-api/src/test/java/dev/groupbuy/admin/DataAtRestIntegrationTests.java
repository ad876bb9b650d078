package dev.groupbuy.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The embedded default's data folder and files are for this user only, whatever the umask. */
@ExtendWith(OutputCaptureExtension.class)
class DataAtRestIntegrationTests {

    private static final String GENERATE_TOKEN = "--groupbuy.admin.tokens=";

    @Test
    void createsTheDataFolderAndItsFilesForTheOwnerOnly(@TempDir Path home) throws Exception {
        Path data = home.resolve("data");

        try (RunningApp app = RunningApp.start(data, GENERATE_TOKEN)) {
            assertThat(app.api(Files.readString(data.resolve("admin-token")).strip())
                            .get("/api/v1/groups")
                            .status())
                    .isEqualTo(200);
        }

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(files(data)).contains(data.resolve("groupbuy.mv.db"), data.resolve("admin-token"));
        assertThat(files(data))
                .allSatisfy(file -> assertThat(mode(file)).as("%s", file).isEqualTo("rw-------"));
    }

    @Test
    void tightensAFolderAndFilesOthersCouldReadOnTheNextStart(@TempDir Path home, CapturedOutput output)
            throws Exception {
        Path data = home.resolve("data");
        RunningApp.start(data, GENERATE_TOKEN).close();
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path file : files(data)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }

        RunningApp.start(data, GENERATE_TOKEN).close();

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(files(data))
                .allSatisfy(file -> assertThat(mode(file)).as("%s", file).isEqualTo("rw-------"));
        assertThat(output.getOut()).contains("groupbuy.mv.db were rw-r--r--; changed to rw-------");
    }

    @Test
    void leavesAFolderSharedWithOtherFilesAloneButProtectsItsOwnFiles(@TempDir Path home, CapturedOutput output)
            throws Exception {
        Path shared = home.resolve("shared");
        Files.createDirectory(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path notOurs = Files.writeString(shared.resolve("notes.txt"), "someone else's");
        Files.setPosixFilePermissions(notOurs, PosixFilePermissions.fromString("rw-r--r--"));

        RunningApp.start(shared, GENERATE_TOKEN).close();
        RunningApp.start(shared, GENERATE_TOKEN).close();

        assertThat(mode(shared)).isEqualTo("rwxr-xr-x");
        assertThat(mode(notOurs)).isEqualTo("rw-r--r--");
        assertThat(mode(shared.resolve("groupbuy.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(shared.resolve("admin-token"))).isEqualTo("rw-------");
        assertThat(output.getOut()).contains("give groupbuy a folder of its own");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static java.util.List<Path> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
