package kz.bagalau.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.bagalau.acquaintance.Acquaintances;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.plan.YearlyKpiEvaluations;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.BagalauBootTest;

/**
 * The yearly documents of KZ-2018 / KZ-2023T (issue 12): the individual work plan (002 appendix 9) and the
 * KPI evaluation sheet (002 appendix 10), from a plan and a sheet driven through the real processes. Each
 * opens with its page count, shows the servant in the document's language, the KPIs, the grade and the
 * dates of signing and approval; only the servant, the supervisors, HR and administrators get it.
 */
@BagalauBootTest
class YearlyDocumentTests {

    private static final AtomicInteger ORGS = new AtomicInteger();
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** Planned values of KPIs 1-5; the sheet reaches all but the second (90 of 95). */
    private static final String[] PLANNED = {"100", "95", "12", "4", "1"};
    private static final Object[] ACTUAL = {"100", "90", "12.5", "4", "1"};

    @LocalServerPort int port;
    @Autowired OrganisationModel model;
    @Autowired IdentitySync identity;
    @Autowired YearlyKpiEvaluations yearly;
    @Autowired TaskService taskService;
    @Autowired Acquaintances acquaintances;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    OrgFixture organisation(Edition edition) {
        OrgFixture f = OrgFixture.create(model, "ydoc" + ORGS.incrementAndGet(), edition);
        for (String login : List.of(f.hr, f.head, f.unitHead, f.spec1, f.spec2, f.chair)) {
            identity.setPassword(login, "pw-" + login);
        }
        return f;
    }

    static void clockAt(int year, int month, int day) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 10, 0).atZone(ALMATY).toInstant()));
    }

    /** Completes the only open task of the process (the unit head's draft, the head's decision, …). */
    void complete(String processInstanceId, Map<String, Object> values) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(),
                values);
    }

    void completeAt(String processInstanceId, String taskKey, Map<String, Object> values) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult().getId(), values);
    }

    /** The plan of 2026 drafted by the unit head on 5 January 2026; approved on 6 January when {@code approve}. */
    String plan(OrgFixture f, boolean approve) {
        clockAt(2026, 1, 5);
        String pi = yearly.startWorkPlan(f.code, f.spec1, 2026).processInstanceId();
        Map<String, Object> draft = new HashMap<>();
        for (int n = 1; n <= 5; n++) {
            draft.put("kpi" + n + "Name", "Азаматтардың өтініштері / Обращения граждан " + n);
            draft.put("kpi" + n + "Source", "Стратегиялық жоспар / Стратегический план 2." + n);
            draft.put("kpi" + n + "Unit", "дана / шт.");
            draft.put("kpi" + n + "Planned", PLANNED[n - 1]);
            draft.put("kpi" + n + "Deadline", "2026-12-2" + n);
            draft.put("kpi" + n + "KeyResult", "Мерзімі өтпеген / Без просрочек " + n);
        }
        complete(pi, draft);
        if (approve) {
            clockAt(2026, 1, 6);
            complete(pi, Map.of("decision", "APPROVE"));
        }
        return pi;
    }

    /** The sheet filled on 11 January 2027 (4 of 5 KPIs reached) and agreed by the head on 12 January. */
    void agreedSheet(OrgFixture f) {
        plan(f, true);
        clockAt(2027, 1, 11);
        String pi = yearly.startKpiEvaluation(f.code, f.spec1, 2026, LocalDate.of(2027, 1, 11)).processInstanceId();
        Map<String, Object> filled = new HashMap<>();
        for (int n = 1; n <= 5; n++) {
            filled.put("actual" + n, ACTUAL[n - 1]);
            filled.put("evidence" + n, "Есеп / Отчёт " + n);
        }
        completeAt(pi, "Task_FillKpiSheet", filled);
        clockAt(2027, 1, 12);
        completeAt(pi, "Task_AgreeKpiSheet", Map.of("decision", "AGREE"));
    }

    HttpResponse<byte[]> get(String login, String path) {
        return Pdfs.get(port, login, "pw-" + login, path);
    }

    static String path(String type, OrgFixture f, String lang) {
        return "/api/documents/" + type + "/" + f.code + "/" + f.spec1 + "/2026?lang=" + lang;
    }

    Pdfs.Read read(String reader, String path, String preview) {
        HttpResponse<byte[]> response = get(reader, path);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        PreviewWriter.write(preview, response.body());
        Pdfs.Read pdf = Pdfs.read(response.body());
        assertThat(pdf.text()).doesNotContain("??");
        return pdf;
    }

    /** A one-page document in the language, showing the servant, the direct supervisor and the superior. */
    Pdfs.Read onePage(String reader, String type, OrgFixture f, String lang) {
        Pdfs.Read pdf = read(reader, path(type, f, lang), type + "-" + lang);
        assertThat(pdf.pages()).isEqualTo(1);
        boolean kk = lang.equals("kk");
        for (String login : List.of(f.spec1, f.unitHead, f.head)) {
            Servant s = model.servant(login);
            DocumentApiTests.assertShows(pdf, kk ? s.getFullNameKk() : s.getFullNameRu());
        }
        return pdf;
    }

    @Test
    void theWorkPlanIsPrintedAsADraftThenWithTheApprovalOfTheSuperior_002_appendix9() {
        OrgFixture f = organisation(Edition.KZ_2023T);
        String pi = plan(f, false);
        Pdfs.Read draft = read(f.head, path("work-plan", f, "ru"), "work-plan-draft-ru");
        DocumentApiTests.assertShows(draft, "ПРОЕКТ: план ещё не утверждён", "05.01.2026");
        assertThat(draft.has("06.01.2026")).isFalse();

        clockAt(2026, 1, 6);
        complete(pi, Map.of("decision", "APPROVE"));
        for (String lang : List.of("kk", "ru")) {
            boolean kk = lang.equals("kk");
            Pdfs.Read pdf = onePage(f.spec1, "work-plan", f, lang);
            DocumentApiTests.assertShows(pdf, kk ? "БЕКІТЕМІН" : "УТВЕРЖДАЮ",
                    kk ? "жеке жұмыс жоспары" : "Индивидуальный план работы",
                    kk ? "әдістемесіне 9-қосымша" : "Приложение 9 к Методике",
                    kk ? "2026 жыл (01.01.2026 – 31.12.2026)" : "2026 год (01.01.2026 – 31.12.2026)",
                    "Азаматтардың өтініштері / Обращения граждан 5", "Стратегический план 2.3", "95", "24.12.2026",
                    "Без просрочек 4", "05.01.2026", "06.01.2026");
            assertThat(pdf.has(kk ? "ЖОБА" : "ПРОЕКТ")).isFalse();
        }
    }

    @Test
    void theKpiSheetShowsPlannedAgainstActualTheGradeAndTheSignatures_002_appendix10() {
        OrgFixture f = organisation(Edition.KZ_2018);
        agreedSheet(f);
        for (String lang : List.of("kk", "ru")) {
            boolean kk = lang.equals("kk");
            Pdfs.Read pdf = onePage(f.hr, "kpi-sheet", f, lang);
            DocumentApiTests.assertShows(pdf, kk ? "НМИ бойынша бағалау парағы" : "Оценочный лист по ключевым целевым индикаторам",
                    kk ? "үлгілік әдістемесіне 2-қосымша" : "Приложение 2 к Типовой методике",
                    kk ? "Қол жеткізілген НМИ саны: 4 / 5" : "Достигнуто ключевых целевых индикаторов: 4 из 5",
                    kk ? "Бағалау нәтижесі: Тиімді" : "Результат оценки: Эффективно",
                    kk ? "Көрсеткішке қол жетпеді" : "Показатель не достигнут",
                    "12.5", "90", "95", "11.01.2027", "12.01.2027");
            assertThat(pdf.has(kk ? "әлі келісілмеген" : "ещё не согласован")).isFalse();
        }
    }

    @Test
    void theKpiSheetOfKz2023TNamesTheGradeOf002_49() {
        OrgFixture f = organisation(Edition.KZ_2023T);
        agreedSheet(f);
        DocumentApiTests.assertShows(read(f.spec1, path("kpi-sheet", f, "kk"), "kpi-sheet-2023t-kk"),
                Grade.PROPER.kazakh(), "әдістемесіне 10-қосымша");
        DocumentApiTests.assertShows(read(f.spec1, path("kpi-sheet", f, "ru"), "kpi-sheet-2023t-ru"),
                Grade.PROPER.russian(), "Приложение 10 к Методике");
    }

    @Test
    void onlyTheServantTheSupervisorsHrAndAdministratorsGetThem() {
        OrgFixture f = organisation(Edition.KZ_2018);
        agreedSheet(f);
        for (String type : List.of("work-plan", "kpi-sheet")) {
            for (String reader : List.of(f.spec1, f.unitHead, f.head, f.hr)) {
                assertThat(get(reader, path(type, f, "kk")).statusCode()).as(type + " for " + reader).isEqualTo(200);
            }
            assertThat(Pdfs.get(port, "admin", "bagalau", path(type, f, "ru")).statusCode()).isEqualTo(200);
            assertThat(get(f.spec2, path(type, f, "kk")).statusCode()).as(type + " for a colleague").isEqualTo(404);
            assertThat(get(f.chair, path(type, f, "kk")).statusCode()).as(type + " for the chairman").isEqualTo(404);
            assertThat(Pdfs.get(port, null, null, path(type, f, "kk")).statusCode()).isEqualTo(401);
            OrgFixture other = organisation(Edition.KZ_2018);
            assertThat(get(other.hr, path(type, f, "kk")).statusCode()).as(type + " for HR of another organisation")
                    .isEqualTo(404);
            String wrongOrganisation = "/api/documents/" + type + "/" + other.code + "/" + f.spec1 + "/2026";
            assertThat(get(f.hr, wrongOrganisation).statusCode()).isEqualTo(404);
            assertThat(get(f.hr, "/api/documents/" + type + "/" + f.code + "/" + f.spec1).statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void theSameDataGivesTheSameChecksumAndTheAcquaintanceANewVersion() {
        OrgFixture f = organisation(Edition.KZ_2018);
        agreedSheet(f);
        for (String type : List.of("work-plan", "kpi-sheet")) {
            HttpResponse<byte[]> first = get(f.spec1, path(type, f, "kk"));
            HttpResponse<byte[]> second = get(f.hr, path(type, f, "kk"));
            String sha = first.headers().firstValue("X-Document-SHA256").orElseThrow();
            assertThat(sha).isEqualTo(PdfRenderer.sha256Hex(first.body()));
            assertThat(second.body()).as(type).isEqualTo(first.body());
            assertThat(second.headers().firstValue("X-Document-Id")).isEqualTo(first.headers().firstValue("X-Document-Id"));
        }

        String before = get(f.hr, path("kpi-sheet", f, "kk")).headers().firstValue("X-Document-SHA256").orElseThrow();
        acquaintances.inTasklist(f.code + "/" + f.spec1 + "/2026", null, f.spec1);
        HttpResponse<byte[]> acquainted = get(f.hr, path("kpi-sheet", f, "kk"));
        assertThat(acquainted.headers().firstValue("X-Document-SHA256")).isNotEqualTo(java.util.Optional.of(before));
        DocumentApiTests.assertShows(Pdfs.read(acquainted.body()), "Бағалау нәтижесімен таныстым",
                DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now(ALMATY)));
    }
}
