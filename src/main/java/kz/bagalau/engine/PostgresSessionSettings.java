package kz.bagalau.engine;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Session settings of every pooled PostgreSQL connection (none for another database).
 * <p>
 * {@code plan_cache_mode = force_custom_plan}: the engine's queries with authorization test
 * {@code PERMS_ & ? = ?}; a statement the driver has prepared on the server is planned once for unknown values
 * after a few runs, and that generic plan cannot use the statistics {@link EngineIndexes} keeps on the
 * permission bits, so it falls back to the nested loop that made a participant's overdue count take seconds.
 * Planning each run costs a millisecond or two; a wrong generic plan cost thousands (docs/benchmarks.md).
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

    static final String INIT_SQL = "set plan_cache_mode = force_custom_plan";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(INIT_SQL);
        }
        return bean;
    }
}
