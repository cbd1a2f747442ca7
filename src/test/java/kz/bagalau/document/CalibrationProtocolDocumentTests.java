package kz.bagalau.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.bagalau.calibration.CalibrationApplications;
import kz.bagalau.calibration.CalibrationSession;
import kz.bagalau.calibration.CalibrationSessions;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.scorecard.EligibilityFacts;
import kz.bagalau.scorecard.EvaluationForm;
import kz.bagalau.scorecard.ParameterScore;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.scorecard.QuarterlyResult;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.scorecard.ScoreSheet;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.BagalauBootTest;

/**
 * The calibration protocol (003 §41, 004 §23) as PDF: members present, the evaluator's presentation, every vote,
 * the score and grade before and after, signatures; only the readers of 003 §20 get it, and the members do so
 * through the {@code CalibrationMembers} hook. Quarter 2025-Q4 of a KZ-2025 organisation; the specialist applies
 * on 20 January 2026, the session sits on 22 January, the protocol is signed on 23 January.
 */
@BagalauBootTest
class CalibrationProtocolDocumentTests {

    private static final AtomicInteger ORGS = new AtomicInteger();
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @LocalServerPort int port;
    @Autowired OrganisationModel model;
    @Autowired IdentitySync identity;
    @Autowired QuarterlyResults results;
    @Autowired CalibrationApplications applications;
    @Autowired CalibrationSessions sessions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    OrgFixture organisation() {
        OrgFixture f = OrgFixture.create(model, "dcal" + ORGS.incrementAndGet(), Edition.KZ_2025);
        for (String login : List.of(f.hr, f.head, f.unitHead, f.spec1, f.spec2, f.chair, f.authorized)) {
            identity.setPassword(login, "pw-" + login);
        }
        return f;
    }

    static void clockAt(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(ALMATY).toInstant()));
    }

    /** spec1's 2025-Q4 graded by the head of apparatus (004 §17), then a session up to the presentation. */
    CalibrationSession presented(OrgFixture f) {
        QuarterRef ref = new QuarterRef(f.code, f.spec1, 2025, 4);
        EvaluationForm form = EvaluationForm.NON_MANAGERIAL;
        results.recordEligibility(ref, form, new EligibilityFacts(form.edition(), 12, false, 60, false, false), null);
        List<ParameterScore> sheet = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            sheet.add(ParameterScore.of(n, 3, null));
        }
        results.submitSheet(ref, new ScoreSheet(f.head, sheet));
        results.grade(ref, "NONE");

        clockAt(LocalDateTime.of(2026, 1, 20, 10, 0));
        var application = applications.apply(f.code, f.spec1, 2025, 4, ref.businessKey(),
                "Жүктеме ескерілмеді / Не учтена нагрузка", null);
        CalibrationSession s = sessions.open(application.getId(), null);
        clockAt(LocalDateTime.of(2026, 1, 21, 9, 30));
        sessions.approveComposition(s.getId(), f.chair + ", " + f.hr + ", " + f.unitHead, f.authorized);
        sessions.organise(s.getId(), LocalDate.of(2026, 1, 22), "каб. 301", f.hr);
        clockAt(LocalDateTime.of(2026, 1, 22, 11, 0));
        return sessions.present(s.getId(), "Тапсырмалар мерзімінде орындалды / Поручения исполнены в срок", f.head);
    }

    /** Two members vote to lower (2.50, 2.80), one to keep: lowered to the median 2.65 (CalibrationTally). */
    CalibrationSession decided(OrgFixture f) {
        return counted(f, presented(f));
    }

    CalibrationSession counted(OrgFixture f, CalibrationSession s) {
        sessions.castVote(s.getId(), f.chair, "DOWN", "2.50", "Сапа төмен / Качество ниже среднего");
        sessions.castVote(s.getId(), f.hr, "DOWN", "2.80", "Тәртіп бұзушылық / Нарушения дисциплины");
        sessions.castVote(s.getId(), f.unitHead, "KEEP", null, null);
        return sessions.tally(s.getId());
    }

    HttpResponse<byte[]> get(String login, String path) {
        return Pdfs.get(port, login, login.equals("admin") ? "bagalau" : "pw-" + login, path);
    }

    static String path(OrgFixture f, String lang) {
        return "/api/documents/calibration-protocol/" + f.code + "/" + f.spec1 + "/2025/4?lang=" + lang;
    }

    @Test
    void theProtocolShowsMembersVotesAndTheScoreBeforeAndAfterInKazakhAndRussian() {
        OrgFixture f = organisation();
        CalibrationSession s = decided(f);
        assertThat(s.getFinalScore()).isEqualByComparingTo("2.65");
        sessions.sign(s.getId(), LocalDate.of(2026, 1, 23), LocalDate.of(2026, 1, 23));
        sessions.applyFinalScore(s.getId());
        s = sessions.find(s.getBusinessKey()).orElseThrow();
        Servant servant = model.servant(f.spec1);
        for (String lang : List.of("kk", "ru")) {
            boolean kk = lang.equals("kk");
            HttpResponse<byte[]> response = get(f.hr, path(f, lang));
            assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
            PreviewWriter.write("calibration-protocol-" + lang, response.body());
            Pdfs.Read pdf = Pdfs.read(response.body());
            assertThat(pdf.pages()).isBetween(2, 3);
            assertShows(pdf, kk ? "Калибрлеу сессиясының хаттамасы" : "Протокол калибровочной сессии",
                    name(servant, kk), name(model.servant(f.head), kk), name(model.servant(f.chair), kk),
                    name(model.servant(f.hr), kk), name(model.servant(f.unitHead), kk),
                    name(model.servant(f.authorized), kk),
                    "3.00", grade(s.getPreviousGrade().kazakh(), s.getPreviousGrade().russian(), kk),
                    "2.65", grade(s.getFinalGrade().kazakh(), s.getFinalGrade().russian(), kk), "2.50", "2.80",
                    kk ? "Төмендету жағына түзету" : "Корректировка в сторону понижения",
                    kk ? "Баға төмендету жағына түзетілді" : "Оценка скорректирована в сторону понижения",
                    "Качество ниже среднего", "Не учтена нагрузка", "Поручения исполнены в срок", "каб. 301",
                    "01.10.2025", "31.12.2025", "20.01.2026", "21.01.2026", "22.01.2026", "23.01.2026",
                    kk ? "Хатшы (персоналды басқару қызметі)" : "Секретарь (служба управления персоналом)");
            assertThat(pdf.text()).doesNotContain("??");
        }
    }

    @Test
    void onlyTheApplicantTheEvaluatorHrAndTheMembersGetIt_003_20() {
        OrgFixture f = organisation();
        CalibrationSession s = decided(f);
        for (String reader : List.of(f.spec1, f.head, f.hr, f.chair, f.unitHead)) {
            assertThat(get(reader, path(f, "kk")).statusCode()).as(reader).isEqualTo(200);
        }
        // The authorized person approved the composition but is no member; administrators are no readers of
        // results (AccessPolicy.READERS); a colleague must not learn that a calibration took place.
        for (String stranger : List.of(f.spec2, f.authorized, "admin")) {
            assertThat(get(stranger, path(f, "kk")).statusCode()).as(stranger).isEqualTo(404);
        }
        assertThat(Pdfs.get(port, null, null, path(f, "kk")).statusCode()).isEqualTo(401);
        // The link of HR's signing task (Task_SignProtocol) with the process variables of PrepareCalibrationSession.
        for (String lang : List.of("kk", "ru")) {
            String link = FormLinks.link("calibration-sign-protocol", Map.of("organisation", f.code,
                    "servant", f.spec1, "year", 2025, "quarter", 4), lang);
            assertThat(link).isEqualTo(path(f, lang));
            assertThat(get(f.hr, link).statusCode()).isEqualTo(200);
        }
        assertThat(get(f.hr, "/api/documents/calibration-protocol/" + f.code + "/" + f.spec2 + "/2025/4?lang=kk")
                .statusCode()).as("no session").isEqualTo(404);
        // The members read the quarter's result too, through the same hook (003 §20).
        assertThat(get(f.chair, "/api/quarterly-evaluations/" + f.code + "/" + f.spec1 + "/2025/4").statusCode())
                .isEqualTo(200);
        assertThat(s.getOutcome()).isEqualTo(CalibrationSession.Outcome.LOWERED);
    }

    @Test
    void thereIsNoProtocolBeforeTheVotesAreCounted_andTheChecksumIsStable() {
        OrgFixture f = organisation();
        CalibrationSession open = presented(f);
        assertThat(get(f.hr, path(f, "ru")).statusCode()).as("votes not counted yet").isEqualTo(404);
        CalibrationSession s = counted(f, open);
        HttpResponse<byte[]> first = get(f.chair, path(f, "ru"));
        HttpResponse<byte[]> second = get(f.hr, path(f, "ru"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("X-Document-SHA256"))
                .isEqualTo(first.headers().firstValue("X-Document-SHA256"));
        assertThat(second.headers().firstValue("X-Document-Id")).isEqualTo(first.headers().firstValue("X-Document-Id"));
        assertThat(second.body()).isEqualTo(first.body());

        sessions.sign(s.getId(), LocalDate.of(2026, 1, 23), LocalDate.of(2026, 1, 23));
        HttpResponse<byte[]> signed = get(f.hr, path(f, "ru"));
        assertThat(signed.headers().firstValue("X-Document-SHA256"))
                .isNotEqualTo(first.headers().firstValue("X-Document-SHA256"));
        assertThat(Pdfs.read(signed.body()).has("23.01.2026")).isTrue();
    }

    static String name(Servant s, boolean kk) {
        return kk ? s.getFullNameKk() : s.getFullNameRu();
    }

    static String grade(String kazakh, String russian, boolean kk) {
        return kk ? kazakh : russian;
    }

    static void assertShows(Pdfs.Read pdf, String... texts) {
        DocumentApiTests.assertShows(pdf, texts);
    }
}
