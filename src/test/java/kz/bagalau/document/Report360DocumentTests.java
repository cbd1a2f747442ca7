package kz.bagalau.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.survey.Competency;
import kz.bagalau.survey.Surveys360;

/**
 * The individual 360 report (003 §36) as PDF: the respondents' averages per competency beside the uncounted
 * self-assessment, never a respondent; withheld with the reason when fewer than 3 answered; the servant and HR
 * get it in full, the direct supervisor the summary, anyone else 404 (003 §20). The survey of 2026 runs in
 * December 2026 (SurveyFixtures' worked example: efficiency 2.00, self 5, overall 3.71).
 */
@BagalauBootTest
class Report360DocumentTests {

    private static final AtomicInteger ORGS = new AtomicInteger();
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired OrganisationModel model;
    @Autowired IdentitySync identity;
    @Autowired Surveys360 surveys;

    OrgFixture f;
    String spec3;
    String key;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 1, 10, 0).atZone(ALMATY).toInstant()));
        f = OrgFixture.create(model, "d360-" + ORGS.incrementAndGet(), Edition.KZ_2023);
        spec3 = f.addSpecialist(model, "spec3", OrgFixture.LONG_AGO);
        for (String login : List.of(f.hr, f.head, f.unitHead, f.spec1, f.spec2, spec3, f.chair, f.authorized)) {
            identity.setPassword(login, "pw-" + login);
        }
        key = surveys.start(f.code, f.spec1, 2026).businessKey();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Every competency of the non-heads' list rated {@code all}, except the ones given (code, rating, …). */
    static Map<String, Object> ratings(int all, Object... exceptions) {
        Map<String, Object> r = new HashMap<>();
        Competency.listFor(false).forEach(c -> r.put(c.name(), all));
        for (int i = 0; i < exceptions.length; i += 2) {
            r.put(((Competency) exceptions[i]).name(), exceptions[i + 1]);
        }
        return r;
    }

    HttpResponse<byte[]> get(String login, String lang) {
        return Pdfs.get(port, login, login.equals("admin") ? "bagalau" : "pw-" + login,
                "/api/documents/report-360/" + f.code + "/" + f.spec1 + "/2026?lang=" + lang);
    }

    /** The respondents: the direct supervisor and the two peers (003 §35, RespondentSelection). */
    List<Servant> respondents() {
        return List.of(model.servant(f.unitHead), model.servant(f.spec2), model.servant(spec3));
    }

    void answeredByAll() {
        surveys.answerAndComplete(key, f.unitHead, ratings(4, Competency.EFFICIENCY, 2));
        surveys.answerAndComplete(key, f.spec2, ratings(5, Competency.EFFICIENCY, 3, Competency.SELF_DEVELOPMENT, 3));
        surveys.answerAndComplete(key, spec3, ratings(3, Competency.EFFICIENCY, 1, Competency.ETHICS, 5,
                Competency.EFFECTIVE_COMMUNICATION, 2));
        surveys.selfAssessAndComplete(key, f.spec1, ratings(5));
    }

    static void assertNamesNoRespondent(Pdfs.Read pdf, List<Servant> respondents) {
        for (Servant r : respondents) {
            assertThat(pdf.has(r.getFullNameKk())).as("names respondent %s", r.getLogin()).isFalse();
            assertThat(pdf.has(r.getFullNameRu())).as("names respondent %s", r.getLogin()).isFalse();
            assertThat(pdf.text()).doesNotContain(r.getLogin());
        }
    }

    @Test
    void theServantAndHrGetTheAveragesPerCompetency_withoutAnyRespondent() {
        assertThat(get(f.hr, "kk").statusCode()).as("no report while the questionnaire is open").isEqualTo(404);
        answeredByAll();
        Servant servant = model.servant(f.spec1);
        for (String lang : List.of("kk", "ru")) {
            boolean kk = lang.equals("kk");
            for (String reader : List.of(f.spec1, f.hr)) {
                HttpResponse<byte[]> response = get(reader, lang);
                assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
                PreviewWriter.write("report-360-" + lang, response.body());
                Pdfs.Read pdf = Pdfs.read(response.body());
                assertThat(pdf.pages()).isEqualTo(1);
                DocumentApiTests.assertShows(pdf,
                        kk ? "360 әдісі бойынша бағалау нәтижелері туралы жеке есеп"
                                : "Индивидуальный отчет по результатам оценки методом 360",
                        kk ? servant.getFullNameKk() : servant.getFullNameRu(), "2026", "01.12.2026",
                        kk ? Competency.EFFICIENCY.nameKk() : Competency.EFFICIENCY.nameRu(), "2.00", "+3.00",
                        kk ? Competency.ETHICS.nameKk() : Competency.ETHICS.nameRu(), "4.67", "3.33", "3.67",
                        "3.71", kk ? "Өзін-өзі бағалау" : "Самооценка",
                        kk ? "ескерілмейді" : "не учитывается", kk ? "3 респонденттің 3" : "3 из 3");
                assertNamesNoRespondent(pdf, respondents());
                assertThat(pdf.text()).doesNotContain("??");
            }
        }
    }

    @Test
    void theDirectSupervisorGetsTheSummary_othersNothing_003_20() {
        answeredByAll();
        HttpResponse<byte[]> response = get(f.unitHead, "ru");
        assertThat(response.statusCode()).isEqualTo(200);
        Pdfs.Read summary = Pdfs.read(response.body());
        DocumentApiTests.assertShows(summary, "Сводка для непосредственного руководителя", "3.71",
                Competency.EFFICIENCY.nameRu(), Competency.SELF_DEVELOPMENT.nameRu());
        assertThat(summary.has("2.00")).as("no per-competency score").isFalse();
        assertThat(summary.has("Самооценка")).as("no self-assessment").isFalse();
        assertNamesNoRespondent(summary, respondents());

        for (String stranger : List.of(f.spec2, spec3, f.chair, f.authorized, f.head, "admin")) {
            assertThat(get(stranger, "kk").statusCode()).as(stranger).isEqualTo(404);
        }
        assertThat(Pdfs.get(port, null, null, "/api/documents/report-360/" + f.code + "/" + f.spec1 + "/2026")
                .statusCode()).isEqualTo(401);
        // The link of HR's feedback task (Task_FeedbackMeeting) with the process variables of Surveys360.start.
        String link = FormLinks.link("survey-360-feedback-meeting", Map.of("organisation", f.code,
                "servant", f.spec1, "year", 2026), "kk");
        assertThat(link).isEqualTo("/api/documents/report-360/" + f.code + "/" + f.spec1 + "/2026?lang=kk");
        assertThat(Pdfs.read(Pdfs.get(port, f.hr, "pw-" + f.hr, link).body()).has("2.00")).isTrue();
    }

    @Test
    void fewerThanThreeAnswersWithholdTheResultsAndTheReportSaysSo_andTheChecksumIsStable() {
        surveys.answerAndComplete(key, f.unitHead, ratings(4));
        surveys.answerAndComplete(key, f.spec2, ratings(2));
        surveys.selfAssessAndComplete(key, f.spec1, ratings(5));
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 1, 11, 9, 0).atZone(ALMATY).toInstant()));
        execute(job("BoundaryEvent_QuestionnaireDue", pi));

        for (String lang : List.of("kk", "ru")) {
            boolean kk = lang.equals("kk");
            HttpResponse<byte[]> first = get(f.spec1, lang);
            assertThat(first.statusCode()).isEqualTo(200);
            Pdfs.Read pdf = Pdfs.read(first.body());
            assertThat(pdf.pages()).isEqualTo(1);
            DocumentApiTests.assertShows(pdf, kk ? "Нәтижелер келтірілмейді" : "Результаты не приводятся",
                    kk ? "3 респонденттің 2" : "2 из 3", kk ? "кемінде 3" : "не менее 3", "11.01.2027");
            assertThat(pdf.has("4.00")).isFalse();
            assertThat(pdf.has("3.00")).isFalse();
            assertNamesNoRespondent(pdf, respondents());

            HttpResponse<byte[]> second = get(f.hr, lang);
            assertThat(second.headers().firstValue("X-Document-SHA256"))
                    .isEqualTo(first.headers().firstValue("X-Document-SHA256"));
            assertThat(second.body()).isEqualTo(first.body());
        }
    }
}
