package kz.bagalau.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.security.Groups;
import kz.bagalau.support.BagalauMailTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shared Tasklist filters exist once, in Kazakh and Russian, and show each participant their work. */
@BagalauMailTest
class FilterBootstrapTests {

    static final ZonedDateTime MONDAY = OverdueIncidentTests.MONDAY;

    @Autowired FilterBootstrap bootstrap;
    @Autowired FilterService filterService;
    @Autowired AuthorizationService authorizationService;
    @Autowired IdentityService identityService;
    @Autowired OrganisationModel model;
    @Autowired ProcessEngine processEngine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @LocalServerPort int port;

    @BeforeEach
    void deploy() {
        repositoryService.createDeployment().name("oversight-tests").enableDuplicateFiltering(true)
                .addClasspathResource("bpmn-test/oversight/oversight-deadline.bpmn").deploy();
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void everyFilterExistsOnceAfterTwoStarts() {
        bootstrap.createFilters();
        bootstrap.createFilters();

        for (String key : List.of(FilterBootstrap.MY_TASKS, FilterBootstrap.MY_GROUP_TASKS, FilterBootstrap.OVERDUE,
                FilterBootstrap.DUE_SOON, FilterBootstrap.HR_OPEN_PREFIX + "mangistau")) {
            assertThat(filters(key)).as(key).hasSize(1);
        }
        assertThat(filters(FilterBootstrap.MY_TASKS).get(0).getName()).isEqualTo("Менің тапсырмаларым / Мои задачи");
        assertThat(filters(FilterBootstrap.OVERDUE).get(0).getName()).isEqualTo("Мерзімі өткен / Просроченные");
    }

    @Test
    void theHrFilterOfAnOrganisationIsGrantedToItsHrGroupOnly() {
        var f = OrgFixture.create(model, "fl-" + UUID.randomUUID().toString().substring(0, 8), Edition.KZ_2025);
        Filter hr = filters(FilterBootstrap.HR_OPEN_PREFIX + f.code).get(0);
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(hr.getId()).list()).singleElement()
                .satisfies(a -> assertThat(a.getGroupId()).isEqualTo(Groups.hr(f.code)));
        assertThat(authorizationService.isUserAuthorized("someone", List.of(Groups.hr(f.code)), Permissions.READ,
                Resources.FILTER, hr.getId())).isTrue();
        assertThat(authorizationService.isUserAuthorized("someone", List.of(Groups.PROCESS_OWNER), Permissions.READ,
                Resources.FILTER, hr.getId())).isFalse();
    }

    @Test
    void aServantReadsTheSharedFiltersAndOnlyTheirOwnOrganisationsHrFilter() {
        var mine = OrgFixture.create(model, "fm-" + UUID.randomUUID().toString().substring(0, 8), Edition.KZ_2025);
        var other = OrgFixture.create(model, "fo-" + UUID.randomUUID().toString().substring(0, 8), Edition.KZ_2025);
        bootstrap.createFilters();

        identityService.setAuthentication(mine.hr, List.of(Groups.organisation(mine.code), Groups.HR, Groups.hr(mine.code)));
        List<String> keys = filterService.createTaskFilterQuery().list().stream()
                .map(filter -> String.valueOf(filter.getProperties().get(FilterBootstrap.KEY))).toList();
        identityService.clearAuthentication();

        assertThat(keys).contains(FilterBootstrap.MY_TASKS, FilterBootstrap.MY_GROUP_TASKS, FilterBootstrap.OVERDUE,
                FilterBootstrap.DUE_SOON, FilterBootstrap.HR_OPEN_PREFIX + mine.code);
        assertThat(keys).doesNotContain(FilterBootstrap.HR_OPEN_PREFIX + other.code);
    }

    @Test
    void organisationsAddNoGrantOnEveryFilter() {
        // a grant on "*" is read by the authorization check of every task query: its number must not grow with
        // the organisations (docs/benchmarks.md)
        OrgFixture.create(model, "fg-" + UUID.randomUUID().toString().substring(0, 8), Edition.KZ_2025);
        bootstrap.createFilters();
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(Authorization.ANY).list())
                .noneMatch(a -> Groups.isManaged(a.getGroupId()));
    }

    @Test
    void theGrantsOnEveryFilterOfEarlierReleasesAreRemovedAtStart() {
        for (String group : List.of(Groups.HR, Groups.AUTHORIZED_PERSON, "org-legacy", "hr-legacy")) {
            Authorization old = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            old.setGroupId(group);
            old.setResource(Resources.FILTER);
            old.setResourceId(Authorization.ANY);
            old.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(old);
        }
        bootstrap.createFilters();
        var onEveryFilter = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(Authorization.ANY).list();
        assertThat(onEveryFilter).noneMatch(a -> Groups.isManaged(a.getGroupId()));
        // the administrators keep theirs
        assertThat(onEveryFilter).anyMatch(a -> Groups.ADMIN.equals(a.getGroupId()));
    }

    @Test
    void aDemoServantSeesTheirTaskThroughMyTasksWithTheirOwnLogin() {
        String instance = runtimeService.startProcessInstanceByKey("oversight-deadline", "mangistau/mg.org.spec1/2026-Q2",
                Map.of("assignee", "mg.org.spec1", "due", new Date(System.currentTimeMillis() + 86_400_000L))).getId();
        String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        String myTasks = filters(FilterBootstrap.MY_TASKS).get(0).getId();

        var own = Rest.as(port, "mg.org.spec1", "bagalau").get("/engine-rest/filter/" + myTasks + "/list");
        var colleague = Rest.as(port, "mg.org.spec2", "bagalau").get("/engine-rest/filter/" + myTasks + "/list");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(taskId);
        assertThat(colleague.statusCode()).isEqualTo(200);
        assertThat(colleague.body()).doesNotContain(taskId);
    }

    @Test
    void overdueAndDueSoonFollowTheEngineClockAndWorkingDays() {
        var f = OrgFixture.create(model, "fd-" + UUID.randomUUID().toString().substring(0, 8), Edition.KZ_2025);
        ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
        String late = taskDue(f, MONDAY.minusHours(1));
        String wednesday = taskDue(f, MONDAY.plusDays(2).withHour(17));
        String friday = taskDue(f, MONDAY.plusDays(4));

        identityService.setAuthentication(f.spec1, List.of(Groups.organisation(f.code)));
        List<String> overdue = ids(filterService.list(filters(FilterBootstrap.OVERDUE).get(0).getId()));
        List<String> dueSoon = ids(filterService.list(filters(FilterBootstrap.DUE_SOON).get(0).getId()));

        assertThat(overdue).contains(late).doesNotContain(wednesday, friday);
        assertThat(dueSoon).contains(wednesday).doesNotContain(late, friday);
    }

    @Test
    void hrSeesEveryOpenTaskOfItsOrganisationInTheHrFilter() {
        var f = OrgFixture.create(model, "fh-" + UUID.randomUUID().toString().substring(0, 8), Edition.KZ_2025);
        String task = taskDue(f, MONDAY.plusYears(1));
        String hrFilter = filters(FilterBootstrap.HR_OPEN_PREFIX + f.code).get(0).getId();

        identityService.setAuthentication(f.hr, List.of(Groups.organisation(f.code), Groups.HR, Groups.hr(f.code)));
        assertThat(ids(filterService.list(hrFilter))).containsExactly(task);
        // a servant who is not HR cannot open the filter at all
        identityService.setAuthentication(f.spec2, List.of(Groups.organisation(f.code)));
        assertThatThrownBy(() -> filterService.list(hrFilter))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    }

    private String taskDue(OrgFixture f, ZonedDateTime due) {
        String instance = runtimeService.startProcessInstanceByKey("oversight-deadline", f.code + "/" + f.spec1 + "/2026",
                Map.of("assignee", f.spec1, "due", Date.from(due.toInstant()))).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private static List<String> ids(List<?> tasks) {
        return tasks.stream().map(t -> ((Task) t).getId()).toList();
    }

    private List<Filter> filters(String key) {
        return filterService.createTaskFilterQuery().list().stream()
                .filter(x -> x.getProperties() != null && key.equals(x.getProperties().get(FilterBootstrap.KEY)))
                .toList();
    }
}
