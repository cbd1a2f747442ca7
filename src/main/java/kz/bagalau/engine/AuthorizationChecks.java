package kz.bagalau.engine;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks, made cheap for Bagalau's grants: two changes to its
 * {@link AuthorizationManager}, installed as a custom session factory.
 * <p>
 * <b>Groups.</b>
 * Before its first check in a command, the engine's {@link AuthorizationManager} runs
 * {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION} and keeps only the caller's groups that
 * have some grant, so that the SQL of a user with hundreds of directory groups stays short. Bagalau grants
 * per case (a row per evaluation and task, 10^5 and more at national scale), so that statement reads every
 * grant on every call of a logged-in participant: 16 ms of a 20 ms "my tasks" query, and one full scan per
 * completed task (docs/benchmarks.md). Bagalau's users have a handful of groups ({@code IdentitySync}):
 * passing them unfiltered gives the same answers (a group without grants matches no row) at no cost.
 * A caller with more than {@link #UNFILTERED_LIMIT} groups keeps the engine's filter.
 * <p>
 * <b>Plans (PostgreSQL).</b> A query checked for a participant tests {@code PERMS_ & ? = ?}. A statement the
 * driver has prepared on the server is planned once for unknown values after a few runs, and that generic plan
 * cannot use the statistics {@link EngineIndexes} keeps on the permission bits: it falls back to the nested loop
 * that made a participant's overdue count take seconds. So the transaction of such a query plans its statements
 * for their values ({@code set local plan_cache_mode = force_custom_plan}). Every other transaction keeps
 * PostgreSQL's default: planning each of a start's or a completion's ~250 statements cost more database time
 * than running them (docs/benchmarks.md).
 */
@Component
public class AuthorizationChecks extends AbstractProcessEnginePlugin {

    /** Above this many groups the engine's own filter keeps the authorization SQL short. */
    static final int UNFILTERED_LIMIT = 50;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new Manager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's manager with the group filter and the plans above; one per command. */
    static class Manager extends AuthorizationManager {

        static final String CUSTOM_PLANS = "set local plan_cache_mode = force_custom_plan";

        private boolean customPlans;

        @Override
        public void enableQueryAuthCheck(AuthorizationCheck authCheck) {
            super.enableQueryAuthCheck(authCheck);
            if (!customPlans && DbSqlSessionFactory.POSTGRES.equals(getDbSqlSession().getDbSqlSessionFactory().getDatabaseType())) {
                customPlans = true; // once per command: set local lasts until its transaction ends
                try (Statement statement = getDbSqlSession().getSqlSession().getConnection().createStatement()) {
                    statement.execute(CUSTOM_PLANS);
                } catch (SQLException e) {
                    throw new ProcessEngineException("Could not ask PostgreSQL for custom plans", e);
                }
            }
        }

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.size() > UNFILTERED_LIMIT) {
                return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
            }
            return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }
    }
}
