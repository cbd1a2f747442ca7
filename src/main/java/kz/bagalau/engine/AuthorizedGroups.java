package kz.bagalau.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks without reading the whole authorization table.
 * <p>
 * Before its first check in a command, the engine's {@link AuthorizationManager} runs
 * {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION} and keeps only the caller's groups that
 * have some grant, so that the SQL of a user with hundreds of directory groups stays short. Bagalau grants
 * per case (a row per evaluation and task, 10^5 and more at national scale), so that statement reads every
 * grant on every call of a logged-in participant: 16 ms of a 20 ms "my tasks" query, and one full scan per
 * completed task (docs/benchmarks.md). Bagalau's users have a handful of groups ({@code IdentitySync}):
 * passing them unfiltered gives the same answers (a group without grants matches no row) at no cost.
 * A caller with more than {@link #UNFILTERED_LIMIT} groups keeps the engine's filter.
 */
@Component
public class AuthorizedGroups extends AbstractProcessEnginePlugin {

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

    /** The engine's manager with the group filter above. */
    static class Manager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.size() > UNFILTERED_LIMIT) {
                return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
            }
            return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }
    }
}
