package dev.groupbuy.admin;

import dev.groupbuy.adapters.coordination.CoordinationConfiguration;
import dev.groupbuy.adapters.persistence.PersistenceConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The core's ports from bot-adapters: persistence on whatever data source is configured (H2 file by
 * default, MySQL/MariaDB in prod) and coordination by {@code groupbuy.coordination.mode} (local / redis).
 */
@Configuration(proxyBeanMethods = false)
@Import({PersistenceConfiguration.class, CoordinationConfiguration.class})
class AdaptersConfiguration {}
