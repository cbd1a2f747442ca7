package kz.bagalau.modeling;

import kz.bagalau.security.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group {@code process-owner} («әдістеме иесі» / «владелец методики»): people who change the models
 * in Camunda Modeler and deploy them through {@code /engine-rest/deployment/create}. They may create
 * deployments and read deployments and process and decision definitions; they get no Tasklist, no task,
 * process instance, variable or history access, and {@code /api} shows them no results. Created at
 * start-up, idempotently; in the demo also the login {@code owner}.
 */
@Component
class ProcessOwners {

    static final String DEMO_LOGIN = "owner";

    private static final Logger log = LoggerFactory.getLogger(ProcessOwners.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final boolean demo;
    private final String demoPassword;

    ProcessOwners(IdentityService identityService, AuthorizationService authorizationService,
                  @Value("${bagalau.demo.enabled:false}") boolean demo,
                  @Value("${bagalau.demo.password:}") String demoPassword) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(110)
    @Transactional
    public void ensureGroup() {
        if (identityService.createGroupQuery().groupId(Groups.PROCESS_OWNER).count() == 0) {
            Group group = identityService.newGroup(Groups.PROCESS_OWNER);
            group.setName("Әдістеме иелері / Владельцы методики");
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
        grant(Resources.DEPLOYMENT, Permissions.CREATE, Permissions.READ);
        grant(Resources.PROCESS_DEFINITION, Permissions.READ);
        grant(Resources.DECISION_DEFINITION, Permissions.READ);
        grant(Resources.DECISION_REQUIREMENTS_DEFINITION, Permissions.READ);
        if (demo) {
            ensureDemoOwner();
        }
    }

    private void ensureDemoOwner() {
        if (identityService.createUserQuery().userId(DEMO_LOGIN).count() == 0) {
            User user = identityService.newUser(DEMO_LOGIN);
            user.setFirstName("Әдістеме иесі / Владелец методики");
            user.setLastName("Demo");
            user.setPassword(demoPassword);
            identityService.saveUser(user);
            log.info("Demo process owner '{}' created (README, \"Demo logins\")", DEMO_LOGIN);
        }
        if (identityService.createGroupQuery().groupId(Groups.PROCESS_OWNER).groupMember(DEMO_LOGIN).count() == 0) {
            identityService.createMembership(DEMO_LOGIN, Groups.PROCESS_OWNER);
        }
    }

    /** One grant per resource for the group on every resource id; added permissions are kept, missing ones added. */
    private void grant(Resource resource, Permission... permissions) {
        Authorization auth = authorizationService.createAuthorizationQuery().groupIdIn(Groups.PROCESS_OWNER)
                .resourceType(resource).resourceId(Authorization.ANY).list().stream().findFirst().orElse(null);
        boolean changed = false;
        if (auth == null) {
            auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            auth.setGroupId(Groups.PROCESS_OWNER);
            auth.setResource(resource);
            auth.setResourceId(Authorization.ANY);
            changed = true;
        }
        for (Permission p : permissions) {
            if (!auth.isPermissionGranted(p)) {
                auth.addPermission(p);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(auth);
        }
    }
}
