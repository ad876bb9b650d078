package dev.groupbuy.core.chat;

/** A message already put in the {@link Outbox}, with its entry id: an announcement made by a use case. */
public record Posted(long outboxId, OutboundMessage message) {}
