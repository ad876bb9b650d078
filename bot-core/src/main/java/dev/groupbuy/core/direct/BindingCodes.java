package dev.groupbuy.core.direct;

import dev.groupbuy.core.chat.ChatAddress;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: short-lived codes that tie a 1:1 chat (an Official Account follower) to whoever posts the code in a
 * group. Shared by all instances; a code works once.
 */
public interface BindingCodes {

    /** Keeps {@code code} for {@code follower} until {@code expiresAt}; false when the code is taken. */
    boolean offer(String code, ChatAddress follower, Instant expiresAt);

    /** The follower the code was issued to, once; empty for an unknown, used or expired code. */
    Optional<ChatAddress> redeem(String code, Instant now);
}
