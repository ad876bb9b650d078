package dev.groupbuy.adapters.persistence.schedule;

import dev.groupbuy.adapters.testing.MariaDbStore;

@MariaDbStore
class MariaDbScheduleRepositoryIntegrationTests extends ScheduleRepositoryContract {}
