package dev.groupbuy.adapters.persistence.schedule;

/** The mappers behind schedules and their runs. */
record ScheduleTables(
        ScheduleMapper schedules,
        ScheduleGroupMapper groups,
        ScheduleCatalogItemMapper catalog,
        ScheduleRunMapper runs,
        ScheduleRunGroupMapper runGroups) {}
