package dev.groupbuy.adapters.persistence.product;

import dev.groupbuy.adapters.testing.MariaDbStore;

@MariaDbStore
class MariaDbBackOfficeStoreIntegrationTests extends BackOfficeStoreContract {}
