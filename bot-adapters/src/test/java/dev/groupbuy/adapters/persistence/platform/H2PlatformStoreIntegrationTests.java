package dev.groupbuy.adapters.persistence.platform;

import dev.groupbuy.adapters.testing.H2Store;

@H2Store
class H2PlatformStoreIntegrationTests extends PlatformStoreContract {}
