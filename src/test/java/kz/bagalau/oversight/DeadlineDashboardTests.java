package kz.bagalau.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.BagalauMailTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The deadline dashboard counts per step and lists overdue tasks, for administrators and the organisation's HR. */
@BagalauMailTest
class DeadlineDashboardTests {

    static final ZonedDateTime MONDAY = OverdueIncidentTests.MONDAY;

    @Autowired OrganisationModel model;
    @Autowired IdentitySync identitySync;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    OrgFixture f;

    @BeforeEach
    void setUp() {
        repositoryService.createDeployment().name("oversight-tests").enableDuplicateFiltering(true)
                .addClasspathResource("bpmn-test/oversight/oversight-deadline.bpmn").deploy();
        f = OrgFixture.create(model, "db-" + UUID.randomUUID().toString().substring(0, 8), Edition.KZ_2025);
        identitySync.setPassword(f.hr, "hr-Secret-1");
        ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void countsOnTimeOverdueAndDonePerStepAndListsTheOverdueTasks() throws Exception {
        String doneOnTime = start(f.spec1, "2026-Q2", MONDAY.plusDays(1));
        taskService.complete(taskOf(doneOnTime));
        String late = start(f.spec2, "2026-Q2", MONDAY.plusDays(1));
        start(f.spec1, "2026-Q3", MONDAY.plusDays(9));
        start(f.spec1, "2025-Q4", MONDAY.minusDays(30));
        ClockUtil.setCurrentTime(Date.from(MONDAY.plusDays(3).toInstant()));

        JsonNode report = get("admin", "bagalau", "?period=2026");

        JsonNode step = report.get("steps").get(0);
        assertThat(report.get("steps")).hasSize(1);
        assertThat(step.get("processDefinitionKey").asText()).isEqualTo("oversight-deadline");
        assertThat(step.get("taskDefinitionKey").asText()).isEqualTo("Task_Review");
        assertThat(step.get("onTime").asLong()).isEqualTo(1);
        assertThat(step.get("overdue").asLong()).isEqualTo(1);
        assertThat(step.get("done").asLong()).isEqualTo(1);
        assertThat(step.get("doneLate").asLong()).isZero();
        JsonNode overdue = report.get("overdueTasks");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("taskId").asText()).isEqualTo(taskOf(late));
        assertThat(overdue.get(0).get("businessKey").asText()).isEqualTo(f.code + "/" + f.spec2 + "/2026-Q2");
        assertThat(overdue.get(0).get("assignee").asText()).isEqualTo(f.spec2);
        assertThat(overdue.get(0).get("daysOverdue").asLong()).isEqualTo(2);

        JsonNode everything = get(f.hr, "hr-Secret-1", "");
        assertThat(everything.get("steps").get(0).get("overdue").asLong()).isEqualTo(2);
    }

    @Test
    void anotherOrganisationsHrAndOrdinaryServantsAreRefused() {
        String path = "/api/oversight/organisations/" + f.code + "/deadlines";
        assertThat(Rest.as(port, "mg.hr", "bagalau").get(path).statusCode()).isEqualTo(403);
        assertThat(Rest.as(port, "mg.org.spec1", "bagalau").get(path).statusCode()).isEqualTo(403);
        assertThat(Rest.as(port, f.hr, "hr-Secret-1").get(path + "?period=2026;drop").statusCode()).isEqualTo(400);
    }

    private JsonNode get(String login, String password, String query) throws Exception {
        var response = Rest.as(port, login, password).get("/api/oversight/organisations/" + f.code + "/deadlines" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String start(String assignee, String period, ZonedDateTime due) {
        return runtimeService.startProcessInstanceByKey("oversight-deadline", f.code + "/" + assignee + "/" + period,
                Map.of("assignee", assignee, "due", Date.from(due.toInstant()))).getId();
    }

    private String taskOf(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }
}
