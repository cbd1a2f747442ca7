package kz.bagalau.survey;

import static kz.bagalau.survey.SurveyFixtures.YEAR;
import static kz.bagalau.survey.SurveyFixtures.formVariables;
import static kz.bagalau.survey.SurveyFixtures.json;
import static kz.bagalau.survey.SurveyFixtures.ratings;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anonymity is enforced on the server (003 §33): after respondents answered in Tasklist (form submission) and
 * through {@code /api}, no history table, no runtime table, no application table, no REST response and no log
 * line holds a respondent next to an answer — and a respondent cannot answer twice or for someone else.
 */
@BagalauBootTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymityTests {

    static final String PASSWORD = "secret-360";
    /** Marks of an answer: the answer variables' names and the competency codes a rating is attached to. */
    static final Pattern ANSWER = Pattern.compile(Ratings.PREFIX + "|" + Arrays.stream(Competency.values())
            .map(Competency::name).collect(Collectors.joining("|")));

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired IdentityService identityService;
    @Autowired IdentitySync identitySync;
    @Autowired OrganisationModel model;
    @Autowired Surveys360 surveys;
    @Autowired DataSource dataSource;

    OrgFixture f;
    String spec3;
    String base;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        SurveyFixtures.clockInDecember();
        f = SurveyFixtures.org(model, Edition.KZ_2023);
        spec3 = f.code + ".spec3";
        for (String login : List.of(f.hr, f.spec1, f.spec2, spec3, f.unitHead, f.head)) {
            identitySync.setPassword(login, PASSWORD);
        }
        base = "/api/surveys-360/" + f.code + "/" + f.spec1 + "/" + YEAR;
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    Rest as(String login) {
        return Rest.as(port, login, PASSWORD);
    }

    @Test
    void noTableNoResponseAndNoLogHoldsARespondentNextToAnAnswer(CapturedOutput output) {
        HttpResponse<String> started = as(f.hr).post("/api/surveys-360", "{\"organisation\":\"" + f.code
                + "\",\"servant\":\"" + f.spec1 + "\",\"year\":" + YEAR + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(f.code + "/360/" + f.spec1 + "/" + YEAR).singleResult().getId();

        // Two respondents answer in Tasklist (the engine's submit-form, text values as a radio group sends them) ...
        submitInTasklist(pi, f.unitHead, ratings(4, Competency.EFFICIENCY, 2));
        submitInTasklist(pi, f.spec2, ratings(5, Competency.ETHICS, 1));
        // ... one through /api, and the servant assesses themself.
        assertThat(as(spec3).post(base + "/answers", json(ratings(3))).statusCode()).isEqualTo(204);
        assertThat(as(f.spec1).post(base + "/self-assessment", json(ratings(5))).statusCode()).isEqualTo(204);
        BpmnAwareTests.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi)
                .singleResult()).isWaitingAt("Task_FeedbackMeeting");

        List<String> history = LeakSearch.tables(dataSource, name -> name.startsWith("ACT_HI_"));
        List<String> runtime = LeakSearch.tables(dataSource, name -> name.startsWith("ACT_RU_")
                || name.startsWith("ACT_GE_"));
        List<String> application = LeakSearch.tables(dataSource, name -> !name.startsWith("ACT_")
                && !name.startsWith("BAGALAU_SCHEMA") && !name.startsWith("INFORMATION_SCHEMA"));
        assertThat(history).hasSizeGreaterThan(15).anyMatch(t -> t.endsWith("ACT_HI_DETAIL"))
                .anyMatch(t -> t.endsWith("ACT_HI_VARINST")).anyMatch(t -> t.endsWith("ACT_HI_OP_LOG"));
        assertThat(application).anyMatch(t -> t.endsWith("SURVEY_360")).anyMatch(t -> t.endsWith("SURVEY_360_RESPONDENT"));
        // The search does look at the respondents: their task history and completion flags are there.
        assertThat(LeakSearch.rows(dataSource, history, f.spec2, Pattern.compile("Task_Respond"))).isNotEmpty();
        assertThat(LeakSearch.rows(dataSource, application, f.spec2, Pattern.compile("PEER"))).isNotEmpty();

        for (String respondent : List.of(f.unitHead, f.spec2, spec3)) {
            List<String> all = new ArrayList<>(history);
            all.addAll(runtime);
            all.addAll(application);
            assertThat(LeakSearch.rows(dataSource, all, respondent, ANSWER)).as(respondent).isEmpty();
        }
        // No answer variable reached the engine's tables at all (a row there is linked to a task, so to a person).
        List<String> engineTables = new ArrayList<>(history);
        engineTables.addAll(runtime);
        // (The deployed forms define the answer fields: deployment resources are not answers.)
        assertThat(LeakSearch.rows(dataSource, engineTables, null, Pattern.compile(Ratings.PREFIX)))
                .filteredOn(hit -> !hit.row().contains("DEPLOYMENT_ID_=") || hit.row().contains("DEPLOYMENT_ID_=null"))
                .isEmpty();
        // The application holds no rating in clear except the servant's own self-assessment.
        assertThat(LeakSearch.rows(dataSource, application, null, Pattern.compile("RATING=")))
                .allMatch(hit -> hit.table().endsWith("SURVEY_360_SELF_RATING"));

        List<HttpResponse<String>> responses = new ArrayList<>();
        for (String reader : List.of(f.hr, f.spec1, f.unitHead, f.spec2, spec3, "admin")) {
            Rest rest = reader.equals("admin") ? Rest.as(port, "admin", adminPassword()) : as(reader);
            responses.add(rest.get(base));
            responses.add(rest.get(base + "/respondents"));
            responses.add(rest.get(base + "/report"));
        }
        Rest admin = Rest.as(port, "admin", adminPassword());
        for (String path : List.of("/engine-rest/history/variable-instance?processInstanceId=" + pi,
                "/engine-rest/history/detail?processInstanceId=" + pi,
                "/engine-rest/history/user-operation?processInstanceId=" + pi,
                "/engine-rest/history/task?processInstanceId=" + pi,
                "/engine-rest/variable-instance?processInstanceIdIn=" + pi,
                "/engine-rest/history/activity-instance?processInstanceId=" + pi)) {
            HttpResponse<String> r = admin.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain(Ratings.PREFIX);
            responses.add(r);
        }
        for (HttpResponse<String> r : responses) {
            for (String respondent : List.of(f.unitHead, f.spec2, spec3)) {
                assertThat(ANSWER.matcher(r.body()).find() && r.body().contains(respondent))
                        .as(r.uri() + " " + r.body()).isFalse();
            }
        }
        // The report: in full to the servant and HR, a summary to the supervisor, nothing to the others.
        assertThat(as(f.spec1).get(base + "/report").body()).contains("\"othersAverage\"", "\"self\":5");
        assertThat(as(f.hr).get(base + "/report").body()).contains("\"othersAverage\"");
        assertThat(as(f.unitHead).get(base + "/report").body()).contains("\"weakest\"").doesNotContain("othersAverage");
        assertThat(as(f.spec2).get(base + "/report").statusCode()).isEqualTo(404);
        assertThat(Rest.as(port, "admin", adminPassword()).get(base + "/report").statusCode()).isEqualTo(404);
        assertThat(as(f.hr).get(base).body()).contains("\"answered\":3", "\"of\":3").doesNotContain(f.spec2);

        assertThat(output.getAll()).doesNotContain(Ratings.PREFIX);
    }

    @Test
    void aRespondentCannotAnswerTwiceNorForSomeoneElse() {
        assertThat(as(f.hr).post("/api/surveys-360", "{\"organisation\":\"" + f.code + "\",\"servant\":\""
                + f.spec1 + "\",\"year\":" + YEAR + "}").statusCode()).isEqualTo(201);

        assertThat(as(f.spec2).post(base + "/answers", json(ratings(4))).statusCode()).isEqualTo(204);
        HttpResponse<String> twice = as(f.spec2).post(base + "/answers", json(ratings(1)));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("answered about " + f.spec1 + " already");
        // Not a respondent of this survey: HR, the head of apparatus, the servant themself.
        HttpResponse<String> stranger = as(f.head).post(base + "/answers", json(ratings(4)));
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.body()).contains("not a respondent");
        assertThat(as(f.spec1).post(base + "/answers", json(ratings(4))).statusCode()).isEqualTo(400);
        // Nobody answers about someone else in another's name: the task of spec3 is spec3's.
        String pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(f.code + "/360/" + f.spec1 + "/" + YEAR).singleResult().getId();
        Task spec3Task = taskService.createTaskQuery().processInstanceId(pi).taskAssignee(spec3).singleResult();
        HttpResponse<String> forOther = as(f.spec2).post("/engine-rest/task/" + spec3Task.getId() + "/submit-form",
                "{\"variables\":{\"" + Ratings.PREFIX + "ETHICS\":{\"value\":\"1\"}}}");
        assertThat(forOther.statusCode()).isIn(400, 403, 404);
        assertThat(surveys.progress(f.code, f.spec1, YEAR).orElseThrow().answered()).isEqualTo(1);
        assertThat(as(f.spec2).post(base + "/self-assessment", json(ratings(4))).statusCode()).isEqualTo(400);
    }

    private void submitInTasklist(String pi, String who, Map<Competency, Integer> ratings) {
        Task t = taskService.createTaskQuery().processInstanceId(pi).taskAssignee(who).singleResult();
        identityService.setAuthenticatedUserId(who);
        try {
            formService.submitTaskForm(t.getId(), formVariables(ratings));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static String adminPassword() {
        return "bagalau";
    }
}
