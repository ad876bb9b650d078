package dev.groupbuy.adapters.persistence.product;

import dev.groupbuy.adapters.testing.H2Store;

@H2Store
class H2BackOfficeStoreIntegrationTests extends BackOfficeStoreContract {}
