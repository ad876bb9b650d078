package dev.groupbuy.adapters.persistence.group;

import dev.groupbuy.adapters.testing.MariaDbStore;

@MariaDbStore
class MariaDbGroupRepositoryIntegrationTests extends GroupRepositoryContract {}
