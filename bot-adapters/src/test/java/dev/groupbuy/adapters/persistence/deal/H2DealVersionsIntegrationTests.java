package dev.groupbuy.adapters.persistence.deal;

import dev.groupbuy.adapters.testing.H2Store;

@H2Store
class H2DealVersionsIntegrationTests extends DealVersionsContract {}
