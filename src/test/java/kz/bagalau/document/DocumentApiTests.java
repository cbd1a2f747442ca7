package kz.bagalau.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.bagalau.acquaintance.Acquaintances;
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
 * The official documents as HR and servants download them (issue 12): each opens, has its pages, shows
 * the servant's name in the document's language, the grade and the dates; only the law's readers get
 * them; the stored copy's checksum is stable for the same data.
 */
@BagalauBootTest
class DocumentApiTests {

    private static final AtomicInteger ORGS = new AtomicInteger();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @LocalServerPort int port;
    @Autowired OrganisationModel model;
    @Autowired IdentitySync identity;
    @Autowired QuarterlyResults results;
    @Autowired Acquaintances acquaintances;
    @Autowired Documents documents;

    OrgFixture organisation(Edition edition) {
        OrgFixture f = OrgFixture.create(model, "doc" + ORGS.incrementAndGet(), edition);
        for (String login : List.of(f.hr, f.head, f.unitHead, f.spec1, f.spec2, f.chair)) {
            identity.setPassword(login, "pw-" + login);
        }
        return f;
    }

    QuarterlyResult graded(OrgFixture f, String servant, String evaluator, EvaluationForm form, int... scores) {
        QuarterRef ref = new QuarterRef(f.code, servant, 2026, 1);
        results.recordEligibility(ref, form, new EligibilityFacts(form.edition(), 12, false, 60, false, false), null);
        List<ParameterScore> sheet = new java.util.ArrayList<>();
        for (int n = 0; n < scores.length; n++) {
            sheet.add(ParameterScore.of(n + 1, scores[n], scores[n] == 0 ? "Орындалмады" : null));
        }
        results.submitSheet(ref, new ScoreSheet(evaluator, sheet));
        return results.grade(ref, "NONE");
    }

    HttpResponse<byte[]> get(String login, String path) {
        return Pdfs.get(port, login, "pw-" + login, path);
    }

    static String path(String type, QuarterlyResult r, String lang) {
        return "/api/documents/" + type + "/" + r.getOrganisationCode() + "/" + r.getServantLogin() + "/"
                + r.getYear() + "/" + r.getQuarter() + "?lang=" + lang;
    }

    static void assertShows(Pdfs.Read pdf, String... texts) {
        for (String text : texts) {
            assertThat(pdf.has(text)).as("the PDF shows «%s»; it reads: %s", text, pdf.text()).isTrue();
        }
    }

    static String today(QuarterlyResult r) {
        return DATE.format(LocalDate.now(ZoneId.of("Asia/Almaty")));
    }

    void assertScorecard(String reader, QuarterlyResult r, EvaluationForm form, String evaluatorLogin) {
        Servant servant = model.servant(r.getServantLogin());
        Servant evaluator = model.servant(evaluatorLogin);
        for (String lang : List.of("kk", "ru")) {
            HttpResponse<byte[]> response = get(reader, path("quarterly", r, lang));
            assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            PreviewWriter.write("quarterly-" + form + "-" + lang, response.body());
            Pdfs.Read pdf = Pdfs.read(response.body());
            assertThat(pdf.pages()).isEqualTo(1);
            boolean kk = lang.equals("kk");
            assertShows(pdf, kk ? servant.getFullNameKk() : servant.getFullNameRu(),
                    kk ? evaluator.getFullNameKk() : evaluator.getFullNameRu(),
                    kk ? r.getGrade().kazakh() : r.getGrade().russian(), r.getFinalScore().toPlainString(),
                    "01.01.2026", "31.03.2026", today(r),
                    kk ? form.parameter(1).kazakh() : form.parameter(1).russian());
            assertThat(pdf.text()).doesNotContain("??");
        }
    }

    @Test
    void nonManagerialSheetOfKz2025InKazakhAndRussian() {
        OrgFixture f = organisation(Edition.KZ_2025);
        QuarterlyResult r = graded(f, f.spec1, f.unitHead, EvaluationForm.NON_MANAGERIAL, 4, 5, 4, 5, 5);
        assertScorecard(f.spec1, r, EvaluationForm.NON_MANAGERIAL, f.unitHead);
        assertShows(Pdfs.read(get(f.hr, path("quarterly", r, "kk")).body()),
                "Басшы емес лауазымды атқаратын тұлғаның бағалау парағы", "2-қосымша");
        assertShows(Pdfs.read(get(f.hr, path("quarterly", r, "ru")).body()),
                "Оценочный лист лица, занимающего не руководящую должность", "Приложение 2");
    }

    @Test
    void managerialSheetOfKz2025() {
        OrgFixture f = organisation(Edition.KZ_2025);
        QuarterlyResult r = graded(f, f.head, f.chair, EvaluationForm.MANAGERIAL, 3, 4, 4, 3, 5);
        assertScorecard(f.head, r, EvaluationForm.MANAGERIAL, f.chair);
        assertShows(Pdfs.read(get(f.chair, path("quarterly", r, "ru")).body()),
                "Оценочный лист лица, занимающего руководящую должность", "Приложение 1");
    }

    @Test
    void rankingAndKpiSheetsOfKz2023() {
        OrgFixture f = organisation(Edition.KZ_2023);
        QuarterlyResult ranking = graded(f, f.spec1, f.unitHead, EvaluationForm.RANKING, 5, 4, 4, 0);
        assertScorecard(f.hr, ranking, EvaluationForm.RANKING, f.unitHead);
        assertShows(Pdfs.read(get(f.spec1, path("quarterly", ranking, "kk")).body()), "саралау әдісі", "Орындалмады");
        QuarterlyResult kpi = graded(f, f.unitHead, f.head, EvaluationForm.KPI, 5, 5, 4);
        assertScorecard(f.unitHead, kpi, EvaluationForm.KPI, f.head);
        Pdfs.Read kpiSheet = Pdfs.read(get(f.unitHead, path("quarterly", kpi, "ru")).body());
        assertShows(kpiSheet, "Ключевой целевой индикатор (КЦИ) 3");
        assertThat(kpiSheet.has("(КЦИ) 4")).isFalse();
    }

    @Test
    void onlyTheServantTheEvaluatorsAndHrGetTheDocuments() {
        OrgFixture f = organisation(Edition.KZ_2025);
        QuarterlyResult r = graded(f, f.spec1, f.unitHead, EvaluationForm.NON_MANAGERIAL, 4, 4, 4, 4, 5);
        acquaintances.inTasklist(r.ref().businessKey(), null, f.spec1);
        for (String type : List.of("quarterly", "acquaintance-act")) {
            assertThat(get(f.spec2, path(type, r, "kk")).statusCode()).as(type + " for a colleague").isEqualTo(404);
            assertThat(get(f.chair, path(type, r, "kk")).statusCode()).as(type + " for the chairman").isEqualTo(404);
            assertThat(Pdfs.get(port, null, null, path(type, r, "kk")).statusCode()).isEqualTo(401);
            for (String reader : List.of(f.spec1, f.unitHead, f.hr)) {
                assertThat(get(reader, path(type, r, "kk")).statusCode()).as(type + " for " + reader).isEqualTo(200);
            }
        }
        assertThat(get(f.spec1, path("acquaintance-act", r, "kk") + "&refusal=true").statusCode())
                .as("only HR draws up an act of refusal").isEqualTo(403);
        assertThat(get(f.hr, path("quarterly", r, "xx")).statusCode()).isEqualTo(400);
        assertThat(get(f.hr, "/api/documents/no-such-type/a/b").statusCode()).isEqualTo(404);

        HttpResponse<byte[]> issued = get(f.hr, path("quarterly", r, "kk"));
        String id = issued.headers().firstValue("X-Document-Id").orElseThrow();
        assertThat(get(f.spec1, "/api/documents/issued/" + id).statusCode()).isEqualTo(200);
        assertThat(get(f.spec2, "/api/documents/issued/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void actsOfAcquaintanceAndOfRefusal() {
        OrgFixture f = organisation(Edition.KZ_2025);
        QuarterlyResult r = graded(f, f.spec1, f.unitHead, EvaluationForm.NON_MANAGERIAL, 4, 4, 4, 4, 5);
        assertThat(get(f.hr, path("acquaintance-act", r, "kk")).statusCode()).as("nothing recorded yet")
                .isEqualTo(404);
        acquaintances.inTasklist(r.ref().businessKey(), null, f.spec1);
        Servant servant = model.servant(f.spec1);
        Servant hr = model.servant(f.hr);
        for (String lang : List.of("kk", "ru")) {
            boolean kk = lang.equals("kk");
            HttpResponse<byte[]> act = get(f.spec1, path("acquaintance-act", r, lang));
            assertThat(act.statusCode()).isEqualTo(200);
            Pdfs.Read read = Pdfs.read(act.body());
            assertThat(read.pages()).isEqualTo(1);
            assertShows(read, kk ? "Бағалау нәтижелерімен таныстыру туралы акт" : "Акт об ознакомлении с результатами оценки",
                    kk ? servant.getFullNameKk() : servant.getFullNameRu(),
                    kk ? r.getGrade().kazakh() : r.getGrade().russian(), today(r));

            HttpResponse<byte[]> refusal = get(f.hr, path("acquaintance-act", r, lang) + "&refusal=true");
            assertThat(refusal.statusCode()).isEqualTo(200);
            PreviewWriter.write("acquaintance-act-" + lang, act.body());
            PreviewWriter.write("refusal-act-" + lang, refusal.body());
            Pdfs.Read refused = Pdfs.read(refusal.body());
            assertThat(refused.pages()).isEqualTo(1);
            assertShows(refused, kk ? "танысудан бас тарту туралы акт" : "Акт об отказе от ознакомления",
                    kk ? servant.getFullNameKk() : servant.getFullNameRu(), kk ? hr.getFullNameKk() : hr.getFullNameRu(),
                    kk ? "Мемлекеттік органның қызметшісі" : "Служащий государственного органа", today(r));
        }
    }

    @Test
    void theSameDataGivesTheSameStoredDocumentAndChecksum() {
        OrgFixture f = organisation(Edition.KZ_2025);
        QuarterlyResult r = graded(f, f.spec1, f.unitHead, EvaluationForm.NON_MANAGERIAL, 4, 4, 5, 4, 5);
        HttpResponse<byte[]> first = get(f.spec1, path("quarterly", r, "kk"));
        HttpResponse<byte[]> second = get(f.hr, path("quarterly", r, "kk"));
        String sha = first.headers().firstValue("X-Document-SHA256").orElseThrow();
        assertThat(sha).isEqualTo(PdfRenderer.sha256Hex(first.body()));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("X-Document-Id")).isEqualTo(first.headers().firstValue("X-Document-Id"));

        List<IssuedDocument> stored = documents.issuedFor(r.ref().businessKey());
        assertThat(stored).hasSize(1);
        IssuedDocument document = stored.get(0);
        assertThat(document.getSha256()).isEqualTo(sha);
        assertThat(PdfRenderer.sha256Hex(document.getContent())).isEqualTo(sha);
        assertThat(document.getType()).isEqualTo("quarterly");
        assertThat(document.getLanguage()).isEqualTo("kk");
        assertThat(document.getServantLogin()).isEqualTo(f.spec1);
        assertThat(document.getCreatedBy()).isEqualTo(f.spec1);
        assertThat(document.getKeepUntil()).isAfterOrEqualTo(LocalDate.now().plusYears(3).minusDays(1));

        acquaintances.inTasklist(r.ref().businessKey(), null, f.spec1);
        HttpResponse<byte[]> acknowledged = get(f.hr, path("quarterly", r, "kk"));
        assertThat(acknowledged.headers().firstValue("X-Document-SHA256")).isNotEqualTo(java.util.Optional.of(sha));
        assertThat(documents.issuedFor(r.ref().businessKey())).hasSize(2);
        assertThat(get(f.hr, "/api/documents/issued/" + document.getId()).body()).isEqualTo(first.body());

        assertThat(documents.purgeExpired(document.getKeepUntil())).isZero();
        assertThat(documents.purgeExpired(document.getKeepUntil().plusDays(1))).isPositive();
        assertThat(documents.issuedFor(r.ref().businessKey())).isEmpty();
    }
}
