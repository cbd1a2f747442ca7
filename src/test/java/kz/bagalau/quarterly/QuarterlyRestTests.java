package kz.bagalau.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The quarterly evaluation as its users reach it over HTTP: HR starts it through {@code /api}, the
 * evaluator completes the sheet through {@code /engine-rest} (what Tasklist calls), and bad input is a
 * 400 with the reason while the task stays open (issue 6, "Forms").
 */
@BagalauBootTest
class QuarterlyRestTests {

    private static final AtomicInteger ORGS = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired OrganisationModel model;
    @Autowired IdentitySync identity;
    @Autowired TaskService taskService;
    @Autowired ObjectMapper json;
    @Autowired ProcessEngine engine;

    /** /engine-rest finds its engine by name: a PostgreSQL test context started meanwhile may have taken it. */
    @BeforeEach
    void ownEngineServesTheRestApi() {
        ProcessEngines.registerProcessEngine(engine);
    }

    record Started(OrgFixture f, Task task) {}

    Started startedAsHr() throws Exception {
        OrgFixture f = OrgFixture.create(model, "qr" + ORGS.incrementAndGet(), Edition.KZ_2025);
        for (String login : new String[] {f.hr, f.head, f.spec1, f.spec2}) {
            identity.setPassword(login, "pw-" + login);
        }
        var response = Rest.as(port, f.hr, "pw-" + f.hr).post("/api/quarterly-evaluations", """
                {"organisation":"%s","servant":"%s","year":2026,"quarter":1,"evaluatedOn":"2026-04-10"}"""
                .formatted(f.code, f.spec1));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode started = json.readTree(response.body());
        Task task = taskService.createTaskQuery().processInstanceId(started.path("processInstanceId").asText())
                .singleResult();
        return new Started(f, task);
    }

    static String sheet(String s1, String s2, String s3, String s4, String s5, String comment1) {
        return """
                {"variables":{"score1":{"value":%s},"score2":{"value":%s},"score3":{"value":%s},"score4":{"value":%s},
                 "score5":{"value":%s},"comment1":{"value":%s}}}""".formatted(s1, s2, s3, s4, s5, comment1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "score 6 | 6 | 4 | 4 | 4 | 4 | null | outside 0..5",
            "score -1 | -1 | 4 | 4 | 4 | 4 | null | outside 0..5",
            "score 2.5 | 2.5 | 4 | 4 | 4 | 4 | null | whole",
            "missing score | null | 4 | 4 | 4 | 4 | null | missing",
            "0 without comment | 0 | 4 | 4 | 4 | 4 | null | comment"})
    void badScoresAre400WithTheReasonAndTheTaskStaysOpen(String name, String s1, String s2, String s3, String s4,
                                                         String s5, String comment, String reason) throws Exception {
        Started s = startedAsHr();
        var response = Rest.as(port, s.f().head, "pw-" + s.f().head).post(
                "/engine-rest/task/" + s.task().getId() + "/submit-form", sheet(s1, s2, s3, s4, s5, comment));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body().toLowerCase()).contains(reason);
        assertThat(taskService.createTaskQuery().taskId(s.task().getId()).count()).isEqualTo(1);
    }

    @Test
    void aZeroWithACommentIsAccepted() throws Exception {
        Started s = startedAsHr();
        var response = Rest.as(port, s.f().head, "pw-" + s.f().head).post(
                "/engine-rest/task/" + s.task().getId() + "/submit-form", sheet("0", "4", "4", "4", "4",
                        "\"Не выполнялось: поручение не исполнено\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    @Test
    void onlyTheEvaluatorMayScore() throws Exception {
        Started s = startedAsHr();
        String form = sheet("4", "4", "4", "4", "4", "null");
        // Another servant cannot even see the task.
        var other = Rest.as(port, s.f().spec2, "pw-" + s.f().spec2)
                .post("/engine-rest/task/" + s.task().getId() + "/submit-form", form);
        assertThat(other.statusCode()).isIn(403, 404);
        // The evaluated servant neither.
        var self = Rest.as(port, s.f().spec1, "pw-" + s.f().spec1)
                .post("/engine-rest/task/" + s.task().getId() + "/submit-form", form);
        assertThat(self.statusCode()).isIn(403, 404);
        // An administrator can reach every task, but is not the evaluator either.
        var admin = Rest.as(port, "admin", "bagalau").post("/engine-rest/task/" + s.task().getId() + "/submit-form", form);
        assertThat(admin.statusCode()).isEqualTo(400);
        assertThat(admin.body()).contains("Only " + s.f().head + " may fill this evaluation sheet");
        assertThat(taskService.createTaskQuery().taskId(s.task().getId()).count()).isEqualTo(1);
    }

    @Test
    void theResultIsShownOnlyToThoseTheLawNames_003_20() throws Exception {
        Started s = startedAsHr();
        var done = Rest.as(port, s.f().head, "pw-" + s.f().head).post(
                "/engine-rest/task/" + s.task().getId() + "/submit-form", sheet("5", "4", "4", "4", "5", "null"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        String path = "/api/quarterly-evaluations/" + s.f().code + "/" + s.f().spec1 + "/2026/1";

        for (String reader : new String[] {s.f().spec1, s.f().head, s.f().hr}) {
            var r = Rest.as(port, reader, "pw-" + reader).get(path);
            assertThat(r.statusCode()).as(reader).isEqualTo(200);
            assertThat(json.readTree(r.body()).path("finalScore").decimalValue()).isEqualByComparingTo("4.40");
            assertThat(json.readTree(r.body()).path("gradeRu").asText())
                    .isEqualTo("Выполняет функциональные обязанности эффективно");
        }
        // A colleague, HR of another organisation and the administrator get the same 404 as for nothing at all.
        assertThat(Rest.as(port, s.f().spec2, "pw-" + s.f().spec2).get(path).statusCode()).isEqualTo(404);
        assertThat(Rest.as(port, "al.hr", "bagalau").get(path).statusCode()).isEqualTo(404);
        assertThat(Rest.as(port, "admin", "bagalau").get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void hrOfAnotherOrganisationCannotStartAnEvaluation() {
        OrgFixture f = OrgFixture.create(model, "qr" + ORGS.incrementAndGet(), Edition.KZ_2025);
        var response = Rest.as(port, "al.hr", "bagalau").post("/api/quarterly-evaluations", """
                {"organisation":"%s","servant":"%s","year":2026,"quarter":1}""".formatted(f.code, f.spec1));
        assertThat(response.statusCode()).isEqualTo(403);
        var bad = Rest.as(port, "admin", "bagalau").post("/api/quarterly-evaluations", """
                {"organisation":"%s","servant":"%s","year":2026,"quarter":7}""".formatted(f.code, f.spec1));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Quarter must be 1 to 4");
        assertThat(LocalDate.of(2026, 4, 10)).isNotNull();
    }
}
