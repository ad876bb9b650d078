package dev.groupbuy.adapters.persistence.chat;

import dev.groupbuy.adapters.testing.MariaDbStore;

@MariaDbStore
class MariaDbOutboundQueueIntegrationTests extends OutboundQueueContract {}
