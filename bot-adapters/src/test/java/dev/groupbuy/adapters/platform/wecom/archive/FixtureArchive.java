package dev.groupbuy.adapters.platform.wecom.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fake of the archive at its port: messages from a fixture file ({@code seq<TAB>json} lines), in seq order;
 * can be told to fail a number of pulls, to show that a failed pull consumes nothing.
 */
final class FixtureArchive implements ArchiveSource {

    private final List<ArchivedMessage> messages = new ArrayList<>();
    final List<Long> pulledFrom = new ArrayList<>();
    int failures;

    static FixtureArchive of(String resource) {
        FixtureArchive archive = new FixtureArchive();
        try (var in = Objects.requireNonNull(FixtureArchive.class.getResourceAsStream(resource), resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.split("\t", 2);
                    archive.add(Long.parseLong(parts[0]), parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    void add(long seq, String json) {
        messages.add(new ArchivedMessage(seq, "id-" + seq, json));
    }

    @Override
    public synchronized List<ArchivedMessage> fetch(long seq, int limit) {
        pulledFrom.add(seq);
        if (failures > 0) {
            failures--;
            throw new ArchiveUnavailableException("the fixture was told to fail", null);
        }
        return messages.stream().filter(m -> m.seq() > seq).limit(limit).toList();
    }
}
