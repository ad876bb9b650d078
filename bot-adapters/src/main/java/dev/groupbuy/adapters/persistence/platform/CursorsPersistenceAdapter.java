package dev.groupbuy.adapters.persistence.platform;

import dev.groupbuy.adapters.platform.Cursors;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;

/** {@link Cursors} on {@code platform_cursors}. */
class CursorsPersistenceAdapter implements Cursors {

    private final PlatformMapper rows;
    private final Clock clock;

    CursorsPersistenceAdapter(PlatformMapper rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public long position(String name) {
        Long position = rows.cursor(name);
        return position == null ? 0 : position;
    }

    @Override
    public void save(String name, long position) {
        if (rows.updateCursor(name, position, clock.instant()) > 0) {
            return;
        }
        try {
            rows.insertCursor(name, position, clock.instant());
        } catch (DuplicateKeyException raced) {
            rows.updateCursor(name, position, clock.instant());
        }
    }
}
