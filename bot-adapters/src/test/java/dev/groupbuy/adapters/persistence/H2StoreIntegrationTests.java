package dev.groupbuy.adapters.persistence;

import dev.groupbuy.adapters.testing.H2Store;

@H2Store
class H2StoreIntegrationTests extends StoreContract {}
