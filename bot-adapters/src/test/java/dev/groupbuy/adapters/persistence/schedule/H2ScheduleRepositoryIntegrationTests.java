package dev.groupbuy.adapters.persistence.schedule;

import dev.groupbuy.adapters.testing.H2Store;

@H2Store
class H2ScheduleRepositoryIntegrationTests extends ScheduleRepositoryContract {}
