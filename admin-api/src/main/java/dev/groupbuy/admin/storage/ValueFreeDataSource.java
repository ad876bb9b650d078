package dev.groupbuy.admin.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, whose connections, statements and result sets throw SQL exceptions without
 * the values that caused them ({@link SqlErrors}): whatever logs, wraps or stores such an exception afterwards
 * (MyBatis, Spring, Quartz, the pipeline's failure detail) never sees a resident's name or chat.
 */
final class ValueFreeDataSource extends DelegatingDataSource {

    private static final Set<Class<?>> WRAPPED = Set.of(
            Connection.class, Statement.class, PreparedStatement.class, CallableStatement.class, ResultSet.class);

    ValueFreeDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return wrap(Connection.class, super.getConnection(), null);
        } catch (SQLException e) {
            throw SqlErrors.withoutValues(e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        try {
            return wrap(Connection.class, super.getConnection(username, password), null);
        } catch (SQLException e) {
            throw SqlErrors.withoutValues(e);
        }
    }

    private static <T> T wrap(Class<T> type, T target, Object parent) {
        return type.cast(Proxy.newProxyInstance(
                ValueFreeDataSource.class.getClassLoader(), new Class<?>[] {type}, new Handler(target, parent)));
    }

    /** Delegates every call, copies SQL exceptions without values and wraps the JDBC objects it hands out. */
    private record Handler(Object target, Object parent) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return args.length == 1 && proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "unwrap":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    break;
                case "isWrapperFor":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return true;
                    }
                    break;
                case "getConnection":
                    if (parent != null && method.getParameterCount() == 0) {
                        return parent;
                    }
                    break;
                default:
                    break;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof SQLException sql ? SqlErrors.withoutValues(sql) : e.getCause();
            }
            return result != null && WRAPPED.contains(method.getReturnType())
                    ? wrapAs(method.getReturnType(), result, proxy)
                    : result;
        }

        @SuppressWarnings("unchecked")
        private static <T> T wrapAs(Class<T> type, Object result, Object parent) {
            return wrap(type, (T) result, parent);
        }
    }
}
