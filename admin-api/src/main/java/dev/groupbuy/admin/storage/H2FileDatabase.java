package dev.groupbuy.admin.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An H2 database kept in files, as its JDBC URL names it ({@code jdbc:h2:file:./data/groupbuy;MODE=MySQL…}):
 * where its files are, and the URL with H2's trace file switched off.
 *
 * @param base the database path without H2's suffixes ({@code ./data/groupbuy} for {@code groupbuy.mv.db})
 */
record H2FileDatabase(Path base) {

    private static final String PREFIX = "jdbc:h2:";
    private static final String TRACE_SETTING = "TRACE_LEVEL_FILE";

    /** The database an H2 URL keeps in files; empty for other databases and for in-memory or server URLs. */
    static Optional<H2FileDatabase> of(String url) {
        if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String rest = url.substring(PREFIX.length());
        int settings = rest.indexOf(';');
        String path = settings < 0 ? rest : rest.substring(0, settings);
        if (path.regionMatches(true, 0, "file:", 0, 5)) {
            path = path.substring(5);
        } else if (path.matches("(?i)^(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF|retry):.*")) {
            return Optional.empty();
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return path.isBlank() ? Optional.empty() : Optional.of(new H2FileDatabase(Path.of(path)));
    }

    /** The folder holding the database's files. */
    Path directory() {
        Path parent = base.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : base.toAbsolutePath().getRoot();
    }

    /** Whether a file in {@link #directory()} is one of this database's ({@code groupbuy.mv.db}, …). */
    boolean ownsFile(String fileName) {
        return fileName.startsWith(base.getFileName() + ".");
    }

    /**
     * {@code url} with H2's trace file off ({@code TRACE_LEVEL_FILE=0}) unless the URL sets a level itself: at
     * its default level H2 writes every failed statement with its values next to the database.
     */
    static String withoutTraceFile(String url) {
        if (url.toUpperCase(Locale.ROOT).contains(TRACE_SETTING + "=")) {
            return url;
        }
        return url + ";" + TRACE_SETTING + "=0";
    }
}
