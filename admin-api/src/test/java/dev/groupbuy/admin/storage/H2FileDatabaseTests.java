package dev.groupbuy.admin.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class H2FileDatabaseTests {

    @Test
    void findsTheFolderOfAFileDatabase() {
        H2FileDatabase database =
                H2FileDatabase.of("jdbc:h2:file:./data/groupbuy;MODE=MySQL").orElseThrow();

        assertThat(database.directory()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(database.ownsFile("groupbuy.mv.db")).isTrue();
        assertThat(database.ownsFile("groupbuy.trace.db")).isTrue();
        assertThat(database.ownsFile("notes.txt")).isFalse();
        assertThat(H2FileDatabase.of("jdbc:h2:/srv/gb/db").orElseThrow().directory())
                .isEqualTo(Path.of("/srv/gb"));
    }

    @Test
    void ignoresOtherDatabasesAndH2InMemoryOrOverTheNetwork() {
        assertThat(H2FileDatabase.of("jdbc:mysql://127.0.0.1:3306/groupbuy")).isEmpty();
        assertThat(H2FileDatabase.of("jdbc:h2:mem:test;MODE=MySQL")).isEmpty();
        assertThat(H2FileDatabase.of("jdbc:h2:tcp://db/groupbuy")).isEmpty();
        assertThat(H2FileDatabase.of(null)).isEmpty();
    }

    @Test
    void switchesTheTraceFileOffUnlessTheUrlChoosesALevel() {
        assertThat(H2FileDatabase.withoutTraceFile("jdbc:h2:file:./data/groupbuy;MODE=MySQL"))
                .isEqualTo("jdbc:h2:file:./data/groupbuy;MODE=MySQL;TRACE_LEVEL_FILE=0");
        assertThat(H2FileDatabase.withoutTraceFile("jdbc:h2:file:./d/g;trace_level_file=1"))
                .isEqualTo("jdbc:h2:file:./d/g;trace_level_file=1");
    }
}
