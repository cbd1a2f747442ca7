package kz.bagalau.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * Re-applies the whole model at start-up, so a restored database or a manual edit converges. Runs before the
     * node reports ready, so it reads the identity in bulk (the users per organisation, the members per managed
     * group) and writes only what differs: a restart of an unchanged organisation of 10^4 servants costs a few
     * queries, not several per servant.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    @Transactional
    public void syncAll() {
        int[] counts = new int[2];
        Privileged.run(identityService, () -> {
            Set<String> groups = new HashSet<>();
            Map<String, Set<String>> managedNow = new HashMap<>();
            for (Group group : identityService.createGroupQuery().list()) {
                groups.add(group.getId());
                if (Groups.isManaged(group.getId())) {
                    for (User member : identityService.createUserQuery().memberOfGroup(group.getId()).list()) {
                        managedNow.computeIfAbsent(member.getId(), login -> new HashSet<>()).add(group.getId());
                    }
                }
            }
            for (Organisation org : model.organisations()) {
                List<Servant> servants = model.servants(org.getCode());
                Map<String, User> users = new HashMap<>();
                for (int i = 0; i < servants.size(); i += USER_CHUNK) {
                    String[] logins = servants.subList(i, Math.min(servants.size(), i + USER_CHUNK)).stream()
                            .map(Servant::getLogin).toArray(String[]::new);
                    identityService.createUserQuery().userIdIn(logins).list().forEach(u -> users.put(u.getId(), u));
                }
                for (Servant servant : servants) {
                    counts[1] += saveUser(servant, users.get(servant.getLogin())) ? 1 : 0;
                    counts[1] += reconcileGroups(servant, managedNow.getOrDefault(servant.getLogin(), Set.of()), groups);
                    counts[0]++;
                }
            }
        });
        log.info("Identity in step with the organisation model: {} servants, {} changes", counts[0], counts[1]);
    }

    /** Logins per user query of the full resync (an IN list). */
    static final int USER_CHUNK = 500;

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
            saveUser(servant, identityService.createUserQuery().userId(servant.getLogin()).singleResult());
            Set<String> managedNow = new HashSet<>();
            for (Group g : identityService.createGroupQuery().groupMember(servant.getLogin()).list()) {
                if (Groups.isManaged(g.getId())) {
                    managedNow.add(g.getId());
                }
            }
            reconcileGroups(servant, managedNow, new HashSet<>());
        });
    }

    /**
     * Memberships the servant's roles want, against the managed groups they are in now; {@code knownGroups} are
     * groups known to exist (the full resync reads them all at once), the others are ensured and added to it.
     * Returns how many memberships changed.
     */
    private int reconcileGroups(Servant servant, Set<String> managedNow, Set<String> knownGroups) {
        int changes = 0;
        Set<String> wanted = wantedGroups(servant);
        for (String group : wanted) {
            if (!managedNow.contains(group)) {
                if (knownGroups.add(group)) {
                    ensureGroup(group, servant.getOrganisation()); // looks the group up itself
                }
                identityService.createMembership(servant.getLogin(), group);
                changes++;
            }
        }
        for (String group : managedNow) {
            if (!wanted.contains(group)) {
                identityService.deleteMembership(servant.getLogin(), group);
                changes++;
            }
        }
        return changes;
    }

    /** Creates or updates the servant's user; {@code user} is the stored one or null. Returns whether it wrote. */
    private boolean saveUser(Servant servant, User stored) {
        User user = stored == null ? identityService.newUser(servant.getLogin()) : stored;
        // Camunda shows "first last": the full name in the servant's language, surname first as on Kazakh forms.
        String fullName = servant.fullName(servant.getPreferredLanguage());
        int space = fullName.indexOf(' ');
        String last = space < 0 ? fullName : fullName.substring(0, space);
        String first = space < 0 ? "" : fullName.substring(space + 1);
        if (Objects.equals(user.getLastName(), last) && Objects.equals(user.getFirstName(), first)
                && Objects.equals(user.getEmail(), servant.getEmail()) && stored != null) {
            return false; // unchanged: no update (and no new revision) on every start
        }
        user.setLastName(last);
        user.setFirstName(first);
        user.setEmail(servant.getEmail());
        identityService.saveUser(user);
        return true;
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
