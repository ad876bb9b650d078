package dev.groupbuy.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Every test run starts on empty embedded databases: the H2 files the tests keep under
 * {@value #DIR} are deleted before the first test, so no run depends on what an earlier one left.
 */
public final class FreshTestData implements LauncherSessionListener {

    static final String DIR = "target/it-data";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Path dir = Path.of(DIR);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(FreshTestData::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete old test data " + path, e);
        }
    }
}
