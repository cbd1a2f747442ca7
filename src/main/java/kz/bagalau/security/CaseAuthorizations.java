package kz.bagalau.security;

import java.util.Optional;

import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The engine half of the access policy: Camunda authorizations created while a case runs, so that a participant
 * reads only their own tasks and the instances they take part in, HR only its own organisation's.
 * <ul>
 *   <li>Instance start (every process, no model change): the HR group of the organisation in the business key
 *       ({@code <org>/...}) gets READ on the process instance and on its history.</li>
 *   <li>Task created or assigned: the assignee, candidate users and organisation-scoped candidate groups get the
 *       same READ on the instance and its history (the engine itself grants them the task).</li>
 * </ul>
 * With {@code enableHistoricInstancePermissions} on, history reads need these grants too; nobody gets
 * READ_HISTORY on a whole process definition except administrators. Authorizations on historic instances carry
 * the instance's removal time, so the history cleanup removes them with the history.
 * <p>
 * A feature that must let someone read an instance before they have a task there (a calibration member named
 * when the session is composed) calls {@link #letRead(DelegateExecution, String)} from its listener.
 */
@Service
public class CaseAuthorizations {

    private static final Logger log = LoggerFactory.getLogger(CaseAuthorizations.class);

    private final OrganisationModel organisations;

    CaseAuthorizations(OrganisationModel organisations) {
        this.organisations = organisations;
    }

    /** Process start: the organisation's HR reads the instance. */
    void instanceStarted(DelegateExecution execution) {
        organisation(execution.getProcessBusinessKey()).ifPresent(org ->
                withoutAuthorization(() -> grantInstance(null, Groups.hr(org.getCode()), execution.getProcessInstanceId())));
    }

    /** Task created or (re)assigned: its people read the instance. A previous assignee keeps reading it. */
    void taskParticipants(DelegateTask task) {
        String instance = task.getProcessInstanceId();
        if (instance == null) {
            return;
        }
        withoutAuthorization(() -> {
            if (task.getAssignee() != null) {
                grantInstance(task.getAssignee(), null, instance);
            }
            for (IdentityLink link : task.getCandidates()) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (link.getUserId() != null) {
                    grantInstance(link.getUserId(), null, instance);
                } else if (isOrganisationScoped(link.getGroupId())) {
                    grantInstance(null, link.getGroupId(), instance);
                } else {
                    log.warn("Task {} ({}) has the global candidate group '{}': members of every organisation may "
                            + "work on it, so it gets no read right on the instance", task.getId(),
                            task.getTaskDefinitionKey(), link.getGroupId());
                }
            }
        });
    }

    /** Lets a user read the running instance and its history (e.g. a calibration member). */
    public void letRead(DelegateExecution execution, String userId) {
        withoutAuthorization(() -> grantInstance(userId, null, execution.getProcessInstanceId()));
    }

    static boolean isOrganisationScoped(String groupId) {
        return groupId != null && (groupId.startsWith("hr-") || groupId.startsWith("org-"));
    }

    private Optional<Organisation> organisation(String businessKey) {
        if (businessKey == null || !businessKey.contains("/")) {
            return Optional.empty();
        }
        String code = businessKey.substring(0, businessKey.indexOf('/'));
        // findOrganisation, not organisation(code): its "not found" would doom the process step's transaction.
        return organisations.findOrganisation(code);
    }

    private void grantInstance(String userId, String groupId, String processInstanceId) {
        grant(userId, groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        grant(userId, groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                HistoricProcessInstancePermissions.READ);
    }

    /** Adds the permission to the grant of this user/group and resource, creating it if needed (one per key). */
    private static void grant(String userId, String groupId, Resource resource, String resourceId,
                              Permission permission) {
        CommandContext context = Context.getCommandContext();
        var authorizations = context.getProcessEngineConfiguration().getAuthorizationService();
        Authorization existing = cached(context, userId, groupId, resource, resourceId);
        // An instance started in this command has no grant in the database yet: no query (one per grant, at
        // national scale two per started evaluation and person, docs/benchmarks.md).
        if (existing == null && !startedInThisCommand(context, resourceId)) {
            var query = authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId);
            existing = (userId != null ? query.userIdIn(userId) : query.groupIdIn(groupId)).list().stream()
                    .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT).findFirst().orElse(null);
        }
        if (existing != null) {
            if (!existing.isPermissionGranted(permission)) {
                existing.addPermission(permission);
                authorizations.saveAuthorization(existing);
            }
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setGroupId(groupId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }

    /** Whether {@code processInstanceId} is an instance this command creates (not yet in the database). */
    private static boolean startedInThisCommand(CommandContext context, String processInstanceId) {
        var instance = context.getDbEntityManager().getCachedEntity(ExecutionEntity.class, processInstanceId);
        return instance != null && context.getDbEntityManager().getDbEntityCache().isTransient(instance);
    }

    /** A grant created earlier in this command is not in the database yet: find it in the command's cache. */
    private static Authorization cached(CommandContext context, String userId, String groupId, Resource resource,
                                        String resourceId) {
        return context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
                .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
                .filter(a -> a.getResourceType() == resource.resourceType() && resourceId.equals(a.getResourceId()))
                .filter(a -> userId != null ? userId.equals(a.getUserId()) : groupId.equals(a.getGroupId()))
                .findFirst().orElse(null);
    }

    private static void withoutAuthorization(Runnable work) {
        Context.getCommandContext().runWithoutAuthorization(() -> {
            work.run();
            return null;
        });
    }
}
