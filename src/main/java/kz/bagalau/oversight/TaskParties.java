package kz.bagalau.oversight;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who a task concerns and where it belongs: its organisation (the first segment of the business key,
 * {@code <org>/...}, else the assignee's), the people responsible, and readable names for messages.
 * Callers run inside an engine command without authorization checks.
 */
@Component
class TaskParties {

    private final OrganisationModel organisations;
    private final IdentityService identityService;
    private final ZoneId defaultZone;

    TaskParties(OrganisationModel organisations, IdentityService identityService,
                @Value("${bagalau.default-time-zone:Asia/Almaty}") String defaultZone) {
        this.organisations = organisations;
        this.identityService = identityService;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    Optional<Organisation> organisation(String businessKey, String assignee) {
        if (businessKey != null && businessKey.contains("/")) {
            Optional<Organisation> byKey = organisationByCode(businessKey.substring(0, businessKey.indexOf('/')));
            if (byKey.isPresent()) {
                return byKey;
            }
        }
        return servant(assignee).map(Servant::getOrganisation);
    }

    /**
     * By {@code findOrganisation(code)}, not {@code organisation(code)}: its "not found" exception would mark
     * the caller's transaction rollback-only, and the caller is a process step. (Reading every organisation
     * per task cost a full table read on each task event at national scale.)
     */
    Optional<Organisation> organisationByCode(String code) {
        return organisations.findOrganisation(code);
    }

    ZoneId zone(Optional<Organisation> organisation) {
        return organisation.map(Organisation::getZone).orElse(defaultZone);
    }

    Optional<Servant> servant(String login) {
        return login != null && organisations.hasServant(login) ? Optional.of(organisations.servant(login))
                : Optional.empty();
    }

    /** The direct supervisor («тікелей басшы» / «непосредственный руководитель») of a login, if any. */
    Optional<String> supervisorOf(String login) {
        return servant(login).map(Servant::getDirectSupervisor).map(Servant::getLogin);
    }

    List<String> membersOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(User::getId).toList();
    }

    /** Users named as candidates one by one (groups are not mailed: a group can be a whole organisation). */
    List<String> candidateUsers(DelegateTask task) {
        List<String> users = new ArrayList<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                users.add(link.getUserId());
            }
        }
        return users;
    }

    /** "login (Full Name)" for the assignee, else the candidate groups and users with their names. */
    String responsible(DelegateTask task) {
        if (task.getAssignee() != null) {
            return person(task.getAssignee());
        }
        List<String> parts = new ArrayList<>();
        for (IdentityLink link : task.getCandidates()) {
            if (link.getGroupId() != null) {
                Group group = identityService.createGroupQuery().groupId(link.getGroupId()).singleResult();
                parts.add(group == null || group.getName() == null ? link.getGroupId()
                        : link.getGroupId() + " (" + group.getName() + ")");
            } else if (link.getUserId() != null) {
                parts.add(person(link.getUserId()));
            }
        }
        return parts.isEmpty() ? "—" : "кандидаттар / кандидаты: " + String.join(", ", parts);
    }

    String person(String login) {
        Optional<Servant> servant = servant(login);
        if (servant.isPresent()) {
            return login + " (" + servant.get().fullName("ru") + ")";
        }
        User user = identityService.createUserQuery().userId(login).singleResult();
        return user == null ? login : (login + " (" + user.getLastName() + " " + user.getFirstName() + ")").trim();
    }
}
