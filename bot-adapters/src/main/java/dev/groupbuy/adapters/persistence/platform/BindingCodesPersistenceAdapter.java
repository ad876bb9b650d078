package dev.groupbuy.adapters.persistence.platform;

import dev.groupbuy.core.chat.ChatAddress;
import dev.groupbuy.core.direct.BindingCodes;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/**
 * {@link BindingCodes} on {@code binding_codes}. A code is used by deleting it: of two instances redeeming
 * the same code at once, only the one whose delete removed the row gets the follower.
 */
class BindingCodesPersistenceAdapter implements BindingCodes {

    private final PlatformMapper rows;

    BindingCodesPersistenceAdapter(PlatformMapper rows) {
        this.rows = rows;
    }

    @Override
    public boolean offer(String code, ChatAddress follower, Instant expiresAt) {
        rows.deleteExpiredCodes(expiresAt.minusSeconds(24 * 3600));
        try {
            return rows.insertCode(code, follower.platform(), follower.chatId(), expiresAt) == 1;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public Optional<ChatAddress> redeem(String code, Instant now) {
        PlatformMapper.CodeRow row = rows.code(code, now);
        if (row == null || rows.deleteCode(code) != 1) {
            return Optional.empty();
        }
        return Optional.of(new ChatAddress(row.platform(), row.chatId()));
    }
}
