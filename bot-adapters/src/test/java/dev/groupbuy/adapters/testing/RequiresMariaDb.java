package dev.groupbuy.adapters.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tests need the local MariaDB: they are skipped when it is not reachable, or fail when
 * {@code groupbuy.it.require-servers=true}. Before the first test of the run, {@link #database()} is dropped
 * and created afresh (utf8mb4), so Flyway migrates an empty schema.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MariaDbCondition.class)
public @interface RequiresMariaDb {

    /** The database the tests use; empty for none. */
    String database() default "";
}
