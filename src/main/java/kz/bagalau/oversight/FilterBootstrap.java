package kz.bagalau.oversight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.ServantChanged;
import kz.bagalau.security.Groups;
import kz.bagalau.security.Privileged;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, labelled in Kazakh and Russian, created or brought up to date at every
 * start. Each carries its own key in the filter properties ({@value #KEY}), so a restart finds and
 * updates it instead of adding a second one; should two nodes start together and both create one, the
 * copy with the larger id is removed. Every organisation gets its HR filter, readable by its
 * {@code hr-<code>} group only.
 */
@Component
public class FilterBootstrap {

    static final String KEY = "bagalauKey";
    static final String MY_TASKS = "my-tasks";
    static final String MY_GROUP_TASKS = "my-group-tasks";
    static final String OVERDUE = "overdue";
    static final String DUE_SOON = "due-in-2-working-days";
    static final String HR_OPEN_PREFIX = "hr-open-";

    private static final Logger log = LoggerFactory.getLogger(FilterBootstrap.class);
    private static final String ME = "${currentUser()}";
    private static final String MY_GROUPS = "${currentUserGroups()}";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final IdentityService identityService;
    private final OrganisationModel organisations;

    FilterBootstrap(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
                    IdentityService identityService, OrganisationModel organisations) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.identityService = identityService;
        this.organisations = organisations;
    }

    /** Creates or updates every shared filter; safe to run any number of times. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(200)
    public void createFilters() {
        Privileged.run(identityService, () -> {
            grantToEveryone(ensure(MY_TASKS, "Менің тапсырмаларым / Мои задачи", -10, "#1f6fb2",
                    "Маған тағайындалған / Назначенные мне", taskService.createTaskQuery().taskAssigneeExpression(ME)));
            grantToEveryone(ensure(MY_GROUP_TASKS, "Тобымның тапсырмалары / Задачи моей группы", -5, "#3a8d3a",
                    "Менің топтарыма арналған / Для моих групп",
                    taskService.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()));
            grantToEveryone(ensure(OVERDUE, "Мерзімі өткен / Просроченные", -20, "#c0392b",
                    "Менің немесе тобымның мерзімі өткен тапсырмалары / Мои и групповые задачи с истёкшим сроком",
                    mineOrMyGroups().dueBeforeExpression("${now()}")));
            grantToEveryone(ensure(DUE_SOON, "2 жұмыс күні ішінде / Срок в течение 2 рабочих дней", -15, "#e67e22",
                    "Мерзімі 2 жұмыс күні ішінде бітетін / Срок истекает в течение 2 рабочих дней",
                    mineOrMyGroups().dueAfterExpression("${now()}")
                            .dueBeforeExpression("${dueDates.endOfWorkingDaysFromToday(2)}")));
            for (Organisation org : organisations.organisations()) {
                ensureHrFilter(org);
            }
            removeGroupGrantsOnEveryFilter();
        });
        log.info("Tasklist filters in place");
    }

    /** A new organisation gets its HR filter with its first servant. */
    @EventListener
    public void on(ServantChanged event) {
        Organisation org = organisations.servant(event.login()).getOrganisation();
        Privileged.run(identityService, () -> {
            if (find(HR_OPEN_PREFIX + org.getCode()).isEmpty()) {
                ensureHrFilter(org);
            }
        });
    }

    private TaskQuery mineOrMyGroups() {
        return taskService.createTaskQuery().or().taskAssigneeExpression(ME).taskCandidateGroupInExpression(MY_GROUPS)
                .endOr();
    }

    private void ensureHrFilter(Organisation org) {
        String key = HR_OPEN_PREFIX + org.getCode();
        Filter filter = ensure(key, "ПБҚ / HR: " + org.getNameRu() + " — барлық ашық / все открытые", 0, "#7f8c8d",
                "Ұйымның барлық ашық тапсырмалары / Все открытые задачи организации",
                taskService.createTaskQuery().processInstanceBusinessKeyLike(org.getCode() + "/%"));
        grantRead(filter, Groups.hr(org.getCode()));
    }

    /**
     * Before this release every organisation's groups read every filter through a grant on "*" (so a servant saw
     * the names of other organisations' HR filters), and each such grant was one more row that the engine's
     * authorization check of every task query reads: 2 rows per organisation, thousands nationally
     * (docs/benchmarks.md). The shared filters now carry one global grant each; the old grants go.
     */
    private void removeGroupGrantsOnEveryFilter() {
        for (Authorization grant : authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(Authorization.ANY).list()) {
            if (Groups.isManaged(grant.getGroupId())) {
                authorizationService.deleteAuthorization(grant.getId());
            }
        }
    }

    /** Every login may read a shared filter (it lists only the tasks the reader may see). */
    private void grantToEveryone(Filter filter) {
        grantRead(filter, null);
    }

    /** READ on the filter for the group, or for every login (a global grant) when the group is null; once. */
    private void grantRead(Filter filter, String group) {
        var grants = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filter.getId());
        boolean granted = !(group == null ? grants.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                : grants.groupIdIn(group)).list().isEmpty();
        if (!granted) {
            Authorization read = authorizationService.createNewAuthorization(
                    group == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
            if (group == null) {
                read.setUserId(Authorization.ANY);
            } else {
                read.setGroupId(group);
            }
            read.setResource(Resources.FILTER);
            read.setResourceId(filter.getId());
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        }
    }

    private Filter ensure(String key, String name, int priority, String color, String description, TaskQuery query) {
        List<Filter> existing = find(key);
        Filter filter = existing.isEmpty() ? filterService.newTaskFilter() : existing.get(0);
        for (Filter duplicate : existing.subList(Math.min(1, existing.size()), existing.size())) {
            filterService.deleteFilter(duplicate.getId());
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(KEY, key);
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("description", description);
        properties.put("refresh", true);
        filter.setName(name);
        filter.setProperties(properties);
        filter.setQuery(query.orderByDueDate().asc());
        return filterService.saveFilter(filter);
    }

    private List<Filter> find(String key) {
        List<Filter> found = new ArrayList<>();
        for (Filter f : filterService.createTaskFilterQuery().list()) {
            if (f.getProperties() != null && key.equals(f.getProperties().get(KEY))) {
                found.add(f);
            }
        }
        found.sort(Comparator.comparing(Filter::getId));
        return found;
    }
}
