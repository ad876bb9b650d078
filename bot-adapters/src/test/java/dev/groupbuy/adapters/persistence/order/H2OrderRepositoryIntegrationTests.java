package dev.groupbuy.adapters.persistence.order;

import dev.groupbuy.adapters.testing.H2Store;

@H2Store
class H2OrderRepositoryIntegrationTests extends OrderRepositoryContract {}
