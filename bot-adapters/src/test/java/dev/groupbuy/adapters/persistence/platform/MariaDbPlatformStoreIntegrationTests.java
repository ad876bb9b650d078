package dev.groupbuy.adapters.persistence.platform;

import dev.groupbuy.adapters.testing.MariaDbStore;

@MariaDbStore
class MariaDbPlatformStoreIntegrationTests extends PlatformStoreContract {}
