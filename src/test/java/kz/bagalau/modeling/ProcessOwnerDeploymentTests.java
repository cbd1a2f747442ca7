package kz.bagalau.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.quarterly.QuarterlyEvaluations;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.security.Groups;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * A process owner changes the KZ-2025 grade bands in Modeler and deploys them with "Deploy" (a multipart
 * POST to {@code /engine-rest/deployment/create}, HTTP Basic): a new quarterly evaluation uses the new
 * table, one already running keeps the table it started with; a model that breaks the rules is refused
 * with readable reasons; and the owner sees no evaluation, task, variable or result (issue 15).
 */
@BagalauBootTest
class ProcessOwnerDeploymentTests {

    private static final String OWNER = ProcessOwners.DEMO_LOGIN;
    private static final String PASSWORD = "bagalau";
    private static final String DEPLOYMENT_NAME = "process-owner-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired OrganisationModel model;
    @Autowired QuarterlyResults results;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    /** Other tests share the engine: they must see the original tables again. */
    @AfterEach
    void deleteTestDeployments() {
        for (Deployment d : repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()) {
            repositoryService.deleteDeployment(d.getId(), true);
        }
    }

    @Test
    void theDemoOwnerIsAProcessOwnerAndNothingElse() {
        assertThat(identityService.createGroupQuery().groupMember(OWNER).list())
                .extracting(g -> g.getId()).containsExactly(Groups.PROCESS_OWNER);
    }

    @Test
    void aChangedGradeBandDeployedFromModelerGradesNewEvaluationsAndSparesRunningOnes() throws IOException {
        OrgFixture f = OrgFixture.create(model, "owner-band", Edition.KZ_2025);
        ProcessInstance running = start(f, f.spec1);

        // The owner moves EFFECTIVE down to 3.50 in Modeler and bumps the version tag.
        String changed = gradeBand().replace("[4..5]", "[3.5..5]").replace("[3..4[", "[3..3.5[")
                .replace("camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"2026.1\"");
        HttpResponse<String> deployed = deploy(OWNER, "grade-band.dmn", changed);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        assertThat(json(deployed).path("deployedDecisionDefinitions").toString()).contains("grade-band");

        ProcessInstance next = start(f, f.spec2);
        // 4+4+3+3+4 = 3.60: PROPER by the old table, EFFECTIVE by the new one.
        engine.getTaskService().complete(task(running).getId(), scores(4, 4, 3, 3, 4));
        engine.getTaskService().complete(task(next).getId(), scores(4, 4, 3, 3, 4));
        assertThat(results.find(new QuarterRef(f.code, f.spec1, 2026, 1)).orElseThrow().getGrade())
                .isEqualTo(Grade.PROPER);
        assertThat(results.find(new QuarterRef(f.code, f.spec2, 2026, 1)).orElseThrow().getGrade())
                .isEqualTo(Grade.EFFECTIVE);
    }

    @Test
    void aBrokenModelIsRefusedWithItsReasonsAndNothingIsDeployed() throws IOException {
        long versions = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("grade-band").count();
        String noAnnotation = gradeBand().replaceFirst("<description>003 §7, 004 §8: 4–5[^<]*</description>", "");

        HttpResponse<String> refused = deploy(OWNER, "grade-band.dmn", noAnnotation);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = json(refused);
        assertThat(body.path("type").asText()).isEqualTo("ParseException");
        assertThat(body.path("message").asText()).contains("Bagalau refused the deployment")
                .contains("grade-band.dmn › grade-band rule 1 (Rule_Effective) › rule-annotation");
        assertThat(body.path("details").path("grade-band.dmn").path("errors").get(0).path("message").asText())
                .startsWith("rule-annotation:");
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("grade-band").count())
                .isEqualTo(versions);
    }

    @Test
    void aProcessWithATypoInABeanOrWithoutADueDateIsRefused() throws IOException {
        String broken = quarterlyEvaluation()
                .replace("${gradeQuarter}", "${gradeQuater}")
                .replace("camunda:dueDate=\"${externalAcquaintanceDue}\"", "");

        HttpResponse<String> refused = deploy(OWNER, "quarterly-evaluation.bpmn", broken);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("message").asText())
                .contains("Task_GradeResult › bean-exists: the application has no bean \"gradeQuater\"")
                .contains("Task_RecordExternalAcquaintance › user-task-due-date");
    }

    @Test
    void theValidationEndpointRunsTheSameChecksWithoutDeploying() throws IOException {
        Rest owner = Rest.as(port, OWNER, PASSWORD);
        HttpResponse<String> ok = new Multipart().file("grade-band.dmn", gradeBand())
                .post(port, "/api/models/validate", OWNER, PASSWORD);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).path("valid").asBoolean()).isTrue();

        String noVersionTag = gradeBand().replace(" camunda:versionTag=\"1.0.0\"", "");
        HttpResponse<String> bad = new Multipart().file("grade-band.dmn", noVersionTag)
                .post(port, "/api/models/validate", OWNER, PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(200);
        JsonNode report = json(bad);
        assertThat(report.path("valid").asBoolean()).isFalse();
        assertThat(report.path("problems").get(0).path("rule").asText()).isEqualTo("version-tag");
        assertThat(report.path("problems").get(0).path("element").asText()).isEqualTo("grade-band");
        assertThat(repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count()).isZero();

        // A servant may not use it; the body must be a model.
        assertThat(new Multipart().file("grade-band.dmn", gradeBand())
                .post(port, "/api/models/validate", "mg.org.spec1", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(new Multipart().file("notes.txt", "hello")
                .post(port, "/api/models/validate", OWNER, PASSWORD).statusCode()).isEqualTo(400);
        assertThat(owner.get("/engine-rest/decision-definition?key=grade-band").body()).contains("grade-band");
    }

    @Test
    void aProcessOwnerSeesNoEvaluationTaskVariableOrResult() {
        OrgFixture f = OrgFixture.create(model, "owner-sees", Edition.KZ_2025);
        ProcessInstance pi = start(f, f.spec1);
        String taskId = task(pi).getId();
        engine.getTaskService().setVariable(taskId, "probe", "confidential");
        Rest owner = Rest.as(port, OWNER, PASSWORD);

        assertThat(owner.get("/engine-rest/task").body()).isEqualTo("[]");
        assertThat(owner.get("/engine-rest/process-instance").body()).isEqualTo("[]");
        assertThat(owner.get("/engine-rest/history/variable-instance").body()).isEqualTo("[]");
        assertThat(owner.get("/engine-rest/history/decision-instance").body()).isEqualTo("[]");
        assertThat(owner.get("/engine-rest/history/process-instance").body()).isEqualTo("[]");
        assertThat(owner.get("/engine-rest/task/" + taskId + "/variables").statusCode()).isIn(403, 404);
        assertThat(owner.get("/engine-rest/task/" + taskId + "/form-variables").statusCode()).isIn(403, 404);
        assertThat(owner.get("/engine-rest/process-instance/" + pi.getId() + "/variables").statusCode()).isIn(403, 404);
        assertThat(owner.get("/api/quarterly-evaluations/" + f.code + "/" + f.spec1 + "/2026/1").statusCode())
                .isIn(403, 404);
        assertThat(owner.get("/api/yearly-grades/" + f.spec1 + "/2025").statusCode()).isIn(403, 404);
        // Deleting what others deployed is not theirs either.
        String deploymentId = repositoryService.createDeploymentQuery().list().get(0).getId();
        assertThat(owner.delete("/engine-rest/deployment/" + deploymentId).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> deploy(String login, String fileName, String content) {
        return new Multipart().field("deployment-name", DEPLOYMENT_NAME).field("deployment-source", "Camunda Modeler")
                .field("deploy-changed-only", "true").file(fileName, content)
                .post(port, "/engine-rest/deployment/create", login, PASSWORD);
    }

    private ProcessInstance start(OrgFixture f, String login) {
        return runtimeService.startProcessInstanceByKey(QuarterlyEvaluations.PROCESS,
                new QuarterRef(f.code, login, 2026, 1).businessKey(), Map.of("organisation", f.code, "servant", login,
                        "year", 2026, "quarter", 1, "evaluatedOn", "2026-04-10"));
    }

    /** The five parameter scores of a KZ-2025 sheet, none zero (no comment needed). */
    private static Map<String, Object> scores(int... scores) {
        Map<String, Object> v = new HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            v.put("score" + (i + 1), (long) scores[i]);
        }
        return v;
    }

    private static String gradeBand() throws IOException {
        return resource("dmn/grade-band.dmn");
    }

    private static String quarterlyEvaluation() throws IOException {
        return resource("bpmn/quarterly-evaluation.bpmn");
    }

    private static String resource(String path) throws IOException {
        return new String(new ClassPathResource(path).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
