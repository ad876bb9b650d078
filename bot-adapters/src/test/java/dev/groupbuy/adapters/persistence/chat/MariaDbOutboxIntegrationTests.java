package dev.groupbuy.adapters.persistence.chat;

import dev.groupbuy.adapters.testing.MariaDbStore;

@MariaDbStore
class MariaDbOutboxIntegrationTests extends OutboxContract {}
