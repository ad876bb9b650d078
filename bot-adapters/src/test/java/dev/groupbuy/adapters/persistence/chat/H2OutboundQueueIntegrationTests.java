package dev.groupbuy.adapters.persistence.chat;

import dev.groupbuy.adapters.testing.H2Store;

@H2Store
class H2OutboundQueueIntegrationTests extends OutboundQueueContract {}
