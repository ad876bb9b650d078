package dev.groupbuy.adapters.persistence.deal;

import dev.groupbuy.adapters.testing.MariaDbStore;

@MariaDbStore
class MariaDbDealVersionsIntegrationTests extends DealVersionsContract {}
