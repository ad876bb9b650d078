package dev.groupbuy.adapters.persistence;

import dev.groupbuy.adapters.testing.MariaDbStore;

@MariaDbStore
class MariaDbStoreIntegrationTests extends StoreContract {}
