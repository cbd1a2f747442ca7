package kz.bagalau.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.quarterly.CoEvaluators;
import kz.bagalau.security.AccessPolicy.Relation;
import kz.bagalau.security.AccessPolicy.Resource;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Issue 11's matrix: a real quarterly evaluation of an organisation, stopped where the evaluated servant
 * acknowledges the result; every role × every resource, through {@code /engine-rest} and {@code /api}, must be
 * allowed or denied exactly as {@link AccessPolicy#READERS} says the law does (003 §15, §20; 004 §14).
 */
@BagalauBootTest
@Import(SecurityTestBeans.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialityMatrixTests {

    private static final AtomicInteger ORGS = new AtomicInteger();
    private static final String PASSWORD = "Pw-matrix-1";

    @LocalServerPort int port;
    @Autowired OrganisationModel model;
    @Autowired IdentitySync identity;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired CoEvaluators coEvaluators;
    @Autowired ObjectMapper json;

    OrgFixture f;
    OrgFixture other;
    String instance;
    Task acknowledgement;
    String resultPath;
    /** Role name → login and the relations the law gives it to this case. */
    final Map<String, Role> roles = new LinkedHashMap<>();

    record Role(String login, String password, Set<Relation> relations) {}

    @BeforeAll
    void aQuarterlyEvaluationWaitsForAcknowledgement(@Autowired ProcessEngine engine) throws Exception {
        // The engine REST finds "the default engine" JVM-wide; DefaultEngineExtension sets it only before each test.
        ProcessEngines.registerProcessEngine(engine);
        f = OrgFixture.create(model, "cfm" + ORGS.incrementAndGet(), Edition.KZ_2025);
        other = OrgFixture.create(model, "cfo" + ORGS.incrementAndGet(), Edition.KZ_2025);
        // More than 20 persons for the head of apparatus: the designated co-evaluator scores too (004 §18).
        for (int i = 0; i < 21; i++) {
            f.addSpecialist(model, "extra" + i, OrgFixture.LONG_AGO);
        }
        coEvaluators.designate(f.code, f.head, List.of(f.unitHead), "test");
        for (String login : List.of(f.spec1, f.spec2, f.head, f.unitHead, f.hr, other.hr, f.chair, f.authorized)) {
            identity.setPassword(login, PASSWORD);
        }
        String caseKey = f.code + "/" + f.spec1 + "/2026-Q1";
        SecurityTestBeans.CALIBRATION_MEMBERS.put(caseKey, Set.of(f.chair));

        roles.put("evaluated", new Role(f.spec1, PASSWORD, EnumSet.of(Relation.EVALUATED)));
        roles.put("colleague of the same unit", new Role(f.spec2, PASSWORD, EnumSet.noneOf(Relation.class)));
        roles.put("evaluator", new Role(f.head, PASSWORD, EnumSet.of(Relation.EVALUATOR)));
        roles.put("co-evaluator", new Role(f.unitHead, PASSWORD, EnumSet.of(Relation.CO_EVALUATOR)));
        roles.put("HR of the organisation", new Role(f.hr, PASSWORD, EnumSet.of(Relation.HR_OF_ORGANISATION)));
        roles.put("HR of another organisation", new Role(other.hr, PASSWORD, EnumSet.noneOf(Relation.class)));
        roles.put("calibration member", new Role(f.chair, PASSWORD, EnumSet.of(Relation.CALIBRATION_MEMBER)));
        roles.put("authorized person", new Role(f.authorized, PASSWORD, EnumSet.of(Relation.AUTHORIZED_PERSON)));
        roles.put("administrator", new Role("admin", "bagalau", EnumSet.of(Relation.ADMIN)));

        var started = as(f.hr).post("/api/quarterly-evaluations", """
                {"organisation":"%s","servant":"%s","year":2026,"quarter":1,"evaluatedOn":"2026-04-10"}"""
                .formatted(f.code, f.spec1));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        instance = json.readTree(started.body()).path("processInstanceId").asText();

        List<Task> sheets = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_Score")
                .list();
        assertThat(sheets).extracting(Task::getAssignee).containsExactlyInAnyOrder(f.head, f.unitHead);
        for (Task sheet : sheets) {
            var done = as(sheet.getAssignee()).post("/engine-rest/task/" + sheet.getId() + "/submit-form", """
                    {"variables":{"score1":{"value":5},"score2":{"value":4},"score3":{"value":4},"score4":{"value":4},
                     "score5":{"value":5},"comment1":{"value":"СЕКРЕТНЫЙ КОММЕНТАРИЙ"}}}""");
            assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        }
        acknowledgement = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_AcknowledgeResult").singleResult();
        assertThat(acknowledgement.getAssignee()).isEqualTo(f.spec1);
        resultPath = "/api/quarterly-evaluations/" + f.code + "/" + f.spec1 + "/2026/1";
    }

    @Test
    void everyRoleReadsExactlyWhatTheLawAllows() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (var entry : roles.entrySet()) {
            String role = entry.getKey();
            Role r = entry.getValue();
            Map<Resource, Boolean> expected = new LinkedHashMap<>();
            // The acknowledgement task is the evaluated's own; others read it only as the table says.
            expected.put(Resource.TASK, r.relations().contains(Relation.EVALUATED)
                    || AccessPolicy.allows(Resource.TASK, r.relations()));
            for (Resource resource : List.of(Resource.PROCESS_INSTANCE, Resource.VARIABLES, Resource.HISTORY,
                    Resource.RESULT)) {
                expected.put(resource, AccessPolicy.allows(resource, r.relations()));
            }
            Map<Resource, Boolean> actual = new LinkedHashMap<>();
            actual.put(Resource.TASK, readable(get(r, "/engine-rest/task/" + acknowledgement.getId())));
            actual.put(Resource.PROCESS_INSTANCE, readable(get(r, "/engine-rest/process-instance/" + instance)));
            actual.put(Resource.VARIABLES, readable(get(r, "/engine-rest/process-instance/" + instance + "/variables")));
            actual.put(Resource.HISTORY, historyReadable(r));
            actual.put(Resource.RESULT, readable(get(r, resultPath)));
            if (!expected.equals(actual)) {
                mismatches.add(role + " (" + r.login() + "): expected " + expected + " but was " + actual);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theTableMatchesTheLawForTheResourcesWithoutAnEndpointYet() {
        for (Resource resource : List.of(Resource.REPORT_360, Resource.PROTOCOL)) {
            assertThat(AccessPolicy.readersOf(resource)).containsExactlyInAnyOrder(Relation.EVALUATED,
                    Relation.EVALUATOR, Relation.CO_EVALUATOR, Relation.HR_OF_ORGANISATION, Relation.CALIBRATION_MEMBER);
        }
    }

    @Test
    void scoresAndCommentsAreInNoVariableAndNoHistory_evenForTheAdministrator() throws Exception {
        Role admin = roles.get("administrator");
        // While the instance waits for the acknowledgement, its variables carry the result the form shows ...
        for (String path : List.of("/engine-rest/process-instance/" + instance + "/variables",
                "/engine-rest/task/" + acknowledgement.getId() + "/variables")) {
            var response = get(admin, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("finalScore").doesNotContain("score1", "comment1",
                    "СЕКРЕТНЫЙ");
        }
        // ... but no sheet, comment, score or grade ever reaches the history, which outlives the instance.
        for (String path : List.of(
                "/engine-rest/history/variable-instance?processInstanceId=" + instance + "&includeDeleted=true",
                "/engine-rest/history/detail?processInstanceId=" + instance,
                "/engine-rest/history/decision-instance?processInstanceId=" + instance
                        + "&includeInputs=true&includeOutputs=true")) {
            var response = get(admin, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("score1", "comment1", "СЕКРЕТНЫЙ",
                    "\"finalScore\"", "EFFECTIVE");
        }
        // The running acknowledgement shows the result to those who may read it (the form needs it) ...
        assertThat(get(roles.get("evaluated"), "/engine-rest/task/" + acknowledgement.getId() + "/variables").body())
                .contains("finalScore").doesNotContain("score1");
        // ... and the result record keeps every sheet behind /api.
        JsonNode result = json.readTree(get(roles.get("HR of the organisation"), resultPath).body());
        assertThat(result.path("scores")).hasSize(10);
    }

    @Test
    void aServantCannotCompleteSomeoneElsesTaskById() {
        String complete = "/engine-rest/task/" + acknowledgement.getId() + "/complete";
        String body = "{\"variables\":{\"acknowledged\":{\"value\":true}}}";
        for (String role : List.of("colleague of the same unit", "evaluator", "HR of the organisation",
                "HR of another organisation")) {
            Role r = roles.get(role);
            var response = Rest.as(port, r.login(), r.password()).post(complete, body);
            assertThat(response.statusCode()).as(role).isIn(403, 404);
            var submit = Rest.as(port, r.login(), r.password())
                    .post("/engine-rest/task/" + acknowledgement.getId() + "/submit-form", body);
            assertThat(submit.statusCode()).as(role).isIn(403, 404);
        }
        assertThat(taskService.createTaskQuery().taskId(acknowledgement.getId()).count()).isEqualTo(1);
    }

    @Test
    void aStrangerSeesNoneOfTheCaseInLists() throws Exception {
        Role stranger = roles.get("HR of another organisation");
        for (String path : List.of("/engine-rest/task?processInstanceId=" + instance,
                "/engine-rest/process-instance?processInstanceIds=" + instance,
                "/engine-rest/history/process-instance?processInstanceId=" + instance,
                "/engine-rest/history/task?processInstanceId=" + instance,
                "/engine-rest/history/variable-instance?processInstanceId=" + instance)) {
            var response = get(stranger, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(json.readTree(response.body())).as(path).isEmpty();
        }
    }

    @Test
    void aForbiddenResultLooksLikeOneThatDoesNotExist() {
        Role colleague = roles.get("colleague of the same unit");
        var forbidden = get(colleague, resultPath);
        var missing = get(colleague, "/api/quarterly-evaluations/" + f.code + "/" + f.spec1 + "/2026/2");
        assertThat(forbidden.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
        assertThat(forbidden.body().replace("2026-Q1", "Q").replaceAll("\"timestamp\":\"[^\"]*\"", "")
                .replaceAll("\"path\":\"[^\"]*\"", ""))
                .isEqualTo(missing.body().replace("2026-Q2", "Q").replaceAll("\"timestamp\":\"[^\"]*\"", "")
                        .replaceAll("\"path\":\"[^\"]*\"", ""));
    }

    @Test
    void readsAndRefusalsOfTheResultAreInTheAuditTrail() throws Exception {
        Role colleague = roles.get("colleague of the same unit");
        assertThat(get(roles.get("evaluated"), resultPath).statusCode()).isEqualTo(200);
        assertThat(get(colleague, resultPath).statusCode()).isEqualTo(404);
        String key = f.code + "/" + f.spec1 + "/2026-Q1";
        JsonNode trail = json.readTree(get(roles.get("administrator"), "/api/audit?resourceType=RESULT&resourceId="
                + key + "&organisation=" + f.code).body());
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.path("actor").asText()).isEqualTo(f.spec1);
            assertThat(e.path("action").asText()).isEqualTo("READ");
        }).anySatisfy(e -> {
            assertThat(e.path("actor").asText()).isEqualTo(f.spec2);
            assertThat(e.path("action").asText()).isEqualTo("DENIED");
        });
    }

    private boolean historyReadable(Role r) throws Exception {
        boolean instanceReadable = readable(get(r, "/engine-rest/history/process-instance/" + instance));
        var tasks = get(r, "/engine-rest/history/task?processInstanceId=" + instance);
        assertThat(tasks.statusCode()).isEqualTo(200);
        boolean tasksReadable = json.readTree(tasks.body()).size() > 0;
        assertThat(tasksReadable).as(r.login() + " reads historic tasks iff the historic instance")
                .isEqualTo(instanceReadable);
        return instanceReadable;
    }

    private static boolean readable(HttpResponse<String> response) {
        if (response.statusCode() == 200) {
            return true;
        }
        assertThat(response.statusCode()).as(response.body()).isIn(403, 404);
        return false;
    }

    private HttpResponse<String> get(Role r, String path) {
        return Rest.as(port, r.login(), r.password()).get(path);
    }

    private Rest as(String login) {
        return Rest.as(port, login, PASSWORD);
    }
}
