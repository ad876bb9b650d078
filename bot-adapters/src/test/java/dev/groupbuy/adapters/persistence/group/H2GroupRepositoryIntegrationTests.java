package dev.groupbuy.adapters.persistence.group;

import dev.groupbuy.adapters.testing.H2Store;

@H2Store
class H2GroupRepositoryIntegrationTests extends GroupRepositoryContract {}
