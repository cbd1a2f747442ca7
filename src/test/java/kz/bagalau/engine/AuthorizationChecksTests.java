package kz.bagalau.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import kz.bagalau.support.BagalauBootTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A participant's groups reach the authorization checks unfiltered ({@link AuthorizationChecks}): what each
 * participant sees is exactly what the grants to their groups allow, with or without the engine's filter.
 */
@BagalauBootTest
class AuthorizationChecksTests {

    @Autowired TaskService taskService;
    @Autowired AuthorizationService authorizationService;
    @Autowired IdentityService identityService;
    @Autowired ProcessEngineConfigurationImpl configuration;

    final List<String> created = new ArrayList<>();
    String grantedToHr;
    String grantedToOthers;

    @BeforeEach
    void tasksGrantedToTwoGroups() {
        grantedToHr = task("hr-authorized-groups-a");
        grantedToOthers = task("hr-authorized-groups-b");
    }

    @AfterEach
    void remove() {
        identityService.clearAuthentication();
        created.forEach(id -> taskService.deleteTask(id, true));
        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(grantedToHr).list()
                .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(grantedToOthers).list()
                .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }

    @Test
    void theEngineChecksAuthorizationsWithBagalausManager() {
        Object manager = configuration.getCommandExecutorTxRequired()
                .execute((Command<Object>) context -> context.getAuthorizationManager());
        assertThat(manager).isInstanceOf(AuthorizationChecks.Manager.class);
    }

    @Test
    void aParticipantSeesTheTasksGrantedToTheirGroupAndNoOther() {
        assertThat(visibleTo(List.of("org-authorized-groups", "hr-authorized-groups-a")))
                .containsExactly(grantedToHr);
        assertThat(visibleTo(List.of("hr-authorized-groups-b"))).containsExactly(grantedToOthers);
    }

    @Test
    void aGroupWithoutAnyGrantShowsNothing() {
        assertThat(visibleTo(List.of("group-without-grants"))).isEmpty();
        assertThat(visibleTo(List.of())).isEmpty();
    }

    @Test
    void aCallerWithManyGroupsKeepsTheEnginesFilterAndSeesTheSame() {
        List<String> many = new ArrayList<>(IntStream.range(0, AuthorizationChecks.UNFILTERED_LIMIT + 10)
                .mapToObj(i -> "directory-group-" + i).toList());
        many.add("hr-authorized-groups-a");
        assertThat(visibleTo(many)).containsExactly(grantedToHr);
    }

    private List<String> visibleTo(List<String> groups) {
        identityService.setAuthentication("authorized-groups-user", groups);
        try {
            return taskService.createTaskQuery().taskNameLike("Authorized groups %").list().stream()
                    .map(Task::getId).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String task(String group) {
        Task task = taskService.newTask();
        task.setName("Authorized groups " + group);
        taskService.saveTask(task);
        created.add(task.getId());
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.TASK);
        grant.setResourceId(task.getId());
        grant.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(grant);
        return task.getId();
    }
}
