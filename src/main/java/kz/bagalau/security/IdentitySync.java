package kz.bagalau.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.org.ServantChanged;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the Camunda identity in step with the organisation model: every servant is a Camunda user
 * (id = login) and belongs to the groups their roles give them. The organisation model is the
 * source of truth; passwords are the only thing kept in Camunda alone (set in Admin or by HR).
 * <p>
 * Groups: {@code org-<code>} for every serving servant (gives Tasklist), {@code hr} and
 * {@code hr-<code>} for the HR service, {@code authorized-person} for the organisation's
 * authorized person. A dismissed servant keeps the user (history names them) but loses the groups.
 */
@Service
public class IdentitySync {

    private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final OrganisationModel model;

    IdentitySync(IdentityService identityService, AuthorizationService authorizationService, OrganisationModel model) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.model = model;
    }

    @EventListener
    @Transactional
    public void on(ServantChanged event) {
        sync(model.servant(event.login()));
    }

    /** Re-applies the whole model at start-up, so a restored database or a manual edit converges. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    @Transactional
    public void syncAll() {
        int count = 0;
        for (Organisation org : model.organisations()) {
            for (Servant servant : model.servants(org.getCode())) {
                sync(servant);
                count++;
            }
        }
        log.info("Identity in step with the organisation model: {} servants", count);
    }

    /** Sets a servant's password (HR hands out initial passwords; the demo uses its documented one). */
    @Transactional
    public void setPassword(String login, String password) {
        Privileged.run(identityService, () -> {
            User user = identityService.createUserQuery().userId(login).singleResult();
            user.setPassword(password);
            identityService.saveUser(user);
        });
    }

    void sync(Servant servant) {
        Privileged.run(identityService, () -> {
            saveUser(servant);
            Set<String> wanted = wantedGroups(servant);
            Set<String> managedNow = new HashSet<>();
            for (Group g : identityService.createGroupQuery().groupMember(servant.getLogin()).list()) {
                if (Groups.isManaged(g.getId())) {
                    managedNow.add(g.getId());
                }
            }
            for (String group : wanted) {
                if (!managedNow.contains(group)) {
                    ensureGroup(group, servant.getOrganisation());
                    identityService.createMembership(servant.getLogin(), group);
                }
            }
            for (String group : managedNow) {
                if (!wanted.contains(group)) {
                    identityService.deleteMembership(servant.getLogin(), group);
                }
            }
        });
    }

    private void saveUser(Servant servant) {
        User user = identityService.createUserQuery().userId(servant.getLogin()).singleResult();
        if (user == null) {
            user = identityService.newUser(servant.getLogin());
        }
        // Camunda shows "first last": the full name in the servant's language, surname first as on Kazakh forms.
        String fullName = servant.fullName(servant.getPreferredLanguage());
        int space = fullName.indexOf(' ');
        user.setLastName(space < 0 ? fullName : fullName.substring(0, space));
        user.setFirstName(space < 0 ? "" : fullName.substring(space + 1));
        user.setEmail(servant.getEmail());
        identityService.saveUser(user);
    }

    private static Set<String> wantedGroups(Servant servant) {
        Set<String> groups = new HashSet<>();
        if (servant.getDismissedOn() != null) {
            return groups;
        }
        Organisation org = servant.getOrganisation();
        groups.add(Groups.organisation(org.getCode()));
        if (servant.isInHrService()) {
            groups.add(Groups.HR);
            groups.add(Groups.hr(org.getCode()));
        }
        if (servant.equals(org.getAuthorizedPerson())) {
            groups.add(Groups.AUTHORIZED_PERSON);
        }
        return groups;
    }


    private void ensureGroup(String groupId, Organisation org) {
        if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(groupId);
        group.setType("WORKFLOW");
        group.setName(switch (groupId) {
            case Groups.HR -> "Персоналды басқару қызметі / Служба управления персоналом";
            case Groups.AUTHORIZED_PERSON -> "Уәкілетті тұлға / Уполномоченное лицо";
            default -> (groupId.startsWith("hr-") ? "HR: " : "") + org.getNameKk() + " / " + org.getNameRu();
        });
        identityService.saveGroup(group);
        grantParticipantAccess(groupId);
    }

    /**
     * Servants get Tasklist; Cockpit and Admin stay with camunda-admin. The shared filters are readable by every
     * login through one grant per filter (FilterBootstrap); an organisation's HR filter by its HR group only.
     */
    private void grantParticipantAccess(String groupId) {
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }

    private void grant(String groupId, Resources resource, String resourceId, Permissions permission) {
        boolean exists = !authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).list().isEmpty();
        if (exists) {
            return;
        }
        Authorization auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        auth.addPermission(permission);
        authorizationService.saveAuthorization(auth);
    }

    List<String> groupsOf(String login) {
        return identityService.createGroupQuery().groupMember(login).list().stream().map(Group::getId).sorted().toList();
    }
}
