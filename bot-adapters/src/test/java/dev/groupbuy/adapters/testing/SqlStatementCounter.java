package dev.groupbuy.adapters.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * Counts the statements MyBatis runs, reads and writes apart: register it as a bean and tests can show how
 * many statements an operation costs. Counts are global; reset before the operation under test.
 */
@Intercepts({
    @Signature(
            type = Executor.class,
            method = "update",
            args = {MappedStatement.class, Object.class}),
    @Signature(
            type = Executor.class,
            method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
    @Signature(
            type = Executor.class,
            method = "query",
            args = {
                MappedStatement.class,
                Object.class,
                RowBounds.class,
                ResultHandler.class,
                CacheKey.class,
                BoundSql.class
            })
})
public class SqlStatementCounter implements Interceptor {

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        (invocation.getMethod().getName().equals("update") ? writes : reads).incrementAndGet();
        return invocation.proceed();
    }

    public void reset() {
        reads.set(0);
        writes.set(0);
    }

    public int reads() {
        return reads.get();
    }

    public int writes() {
        return writes.get();
    }
}
