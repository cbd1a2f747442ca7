package kz.bagalau.plan;

import static kz.bagalau.plan.YearlyProcessSupport.kpis;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HR starts the yearly processes over /api; approvers work over /engine-rest, as Tasklist does. */
@BagalauBootTest
class YearlyKpiApiTests {

    private static final AtomicInteger ORGS = new AtomicInteger();
    private static final String PASSWORD = "Yearly-Pass-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired OrganisationModel model;
    @Autowired IdentitySync identity;
    @Autowired TaskService taskService;

    OrgFixture org() {
        OrgFixture f = OrgFixture.create(model, "wpa" + ORGS.incrementAndGet(), Edition.KZ_2018);
        for (String login : new String[] {f.hr, f.head, f.unitHead, f.spec1, f.spec2}) {
            identity.setPassword(login, PASSWORD);
        }
        return f;
    }

    Rest as(String login) {
        return Rest.as(port, login, PASSWORD);
    }

    String startBody(OrgFixture f, String servant) {
        return "{\"organisation\":\"" + f.code + "\",\"servant\":\"" + servant + "\",\"year\":2026}";
    }

    Task approvalTask(OrgFixture f, String servant) {
        return taskService.createTaskQuery().processInstanceBusinessKey(f.code + "/" + servant + "/2026")
                .taskDefinitionKey("Task_ApprovePlan").singleResult();
    }

    @Test
    void hrStartsTheWorkPlanOnce_othersMayNot() throws Exception {
        OrgFixture f = org();
        var started = as(f.hr).post("/api/work-plans", startBody(f, f.spec1));
        assertThat(started.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(started.body()).get("businessKey").asText()).isEqualTo(f.code + "/" + f.spec1 + "/2026");

        var again = as(f.hr).post("/api/work-plans", startBody(f, f.spec1));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("started already");
        assertThat(as(f.spec2).post("/api/work-plans", startBody(f, f.spec2)).statusCode()).isEqualTo(403);
        assertThat(as(f.hr).post("/api/kpi-evaluations", startBody(f, f.spec1)).statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownDecisionOverTheEngineRestApiIs400AndTheTaskStaysOpen() throws Exception {
        OrgFixture f = org();
        assertThat(as(f.hr).post("/api/work-plans", startBody(f, f.spec1)).statusCode()).isEqualTo(201);
        Task draft = taskService.createTaskQuery().processInstanceBusinessKey(f.code + "/" + f.spec1 + "/2026")
                .singleResult();

        // The direct supervisor submits 4 KPIs over REST: refused, the draft stays open.
        var four = as(f.unitHead).post("/engine-rest/task/" + draft.getId() + "/complete", variables(kpis(4, "10")));
        assertThat(four.statusCode()).isEqualTo(400);
        assertThat(four.body()).contains("5");
        var five = as(f.unitHead).post("/engine-rest/task/" + draft.getId() + "/complete", variables(kpis(5, "10")));
        assertThat(five.statusCode()).isEqualTo(204);

        Task approve = approvalTask(f, f.spec1);
        var unknown = as(f.head).post("/engine-rest/task/" + approve.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"MAYBE\",\"type\":\"String\"}}}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("MAYBE");
        assertThat(approvalTask(f, f.spec1)).isNotNull().extracting(Task::getId).isEqualTo(approve.getId());

        var noReason = as(f.head).post("/engine-rest/task/" + approve.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"RETURN\",\"type\":\"String\"}}}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(approvalTask(f, f.spec1)).isNotNull();

        var approved = as(f.head).post("/engine-rest/task/" + approve.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\",\"type\":\"String\"}}}");
        assertThat(approved.statusCode()).isEqualTo(204);

        JsonNode plan = JSON.readTree(as(f.spec1).get("/api/work-plans/" + f.code + "/" + f.spec1 + "/2026").body());
        assertThat(plan.get("status").asText()).isEqualTo("APPROVED");
        assertThat(plan.get("versions")).hasSize(1);
        assertThat(plan.get("versions").get(0).get("kpis")).hasSize(5);
        assertThat(as(f.spec2).get("/api/work-plans/" + f.code + "/" + f.spec1 + "/2026").statusCode()).isEqualTo(404);
    }

    private static String variables(java.util.Map<String, Object> values) throws Exception {
        var root = JSON.createObjectNode();
        var vars = root.putObject("variables");
        values.forEach((k, v) -> vars.putObject(k).put("value", String.valueOf(v)).put("type", "String"));
        return JSON.writeValueAsString(root);
    }
}
