package dev.groupbuy.adapters.persistence.order;

import dev.groupbuy.adapters.testing.MariaDbStore;

@MariaDbStore
class MariaDbOrderRepositoryIntegrationTests extends OrderRepositoryContract {}
