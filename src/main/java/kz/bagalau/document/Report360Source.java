package kz.bagalau.document;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.security.AccessPolicy;
import kz.bagalau.security.CurrentUser;
import kz.bagalau.security.EvaluationCase;
import kz.bagalau.security.Groups;
import kz.bagalau.survey.Report360;
import kz.bagalau.survey.Surveys360;

/**
 * {@code GET /api/documents/report-360/{organisation}/{servant}/{year}}: the individual report of the yearly 360
 * evaluation («360 әдісі бойынша жеке есеп» / «индивидуальный отчет по оценке методом 360», 003 §36): per
 * competency the respondents' average beside the uncounted self-assessment (003 §35), the overall average and the
 * weakest competencies (training topics). It prints only what {@link Report360} computes from the sealed
 * aggregate — never a respondent, their relation or an individual answer (docs/survey-360.md); when fewer than
 * {@value Report360#MIN_ANSWERS} answered, or HR decided the survey is not held, it says so and shows no scores.
 * <p>
 * Readers as on {@code GET /api/surveys-360/.../report} (003 §20, {@link AccessPolicy.Resource#REPORT_360}): the
 * servant and HR of the organisation the full report, the direct supervisor the summary (overall average and
 * weakest competencies); anyone else — administrators included — 404. While the questionnaire is open there is
 * no report (404).
 */
@Component
class Report360Source implements DocumentSource {

    private final Surveys360 surveys;
    private final OrganisationModel model;
    private final QuarterlyRecords records;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;

    Report360Source(Surveys360 surveys, OrganisationModel model, QuarterlyRecords records, AccessPolicy policy,
                    CurrentUser currentUser) {
        this.surveys = surveys;
        this.model = model;
        this.records = records;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    @Override
    public String type() {
        return "report-360";
    }

    record Row(String competency, String others, String self, String difference) {
    }

    @Override
    public DocumentContent content(DocumentRequest request) {
        request.expect(3, "{organisation}/{servant}/{year}");
        String organisationCode = request.segment(0);
        String servantLogin = request.segment(1);
        int year = request.number(2);
        String key = Surveys360.businessKey(organisationCode, servantLogin, year);
        Surveys360.ReportRecord record = surveys.reportRecord(organisationCode, servantLogin, year)
                .orElseThrow(() -> AccessPolicy.notFound(AccessPolicy.Resource.REPORT_360, key));
        Servant servant = model.servant(servantLogin);
        Set<String> supervisor = servant.getDirectSupervisor() == null ? Set.of()
                : Set.of(servant.getDirectSupervisor().getLogin());
        policy.requireRead(AccessPolicy.Resource.REPORT_360,
                new EvaluationCase(organisationCode, key, servantLogin, supervisor, Set.of()), key);
        if (record.finalAt() == null) {
            // The questionnaire is open: partial results would reveal each new answer (docs/survey-360.md).
            throw AccessPolicy.notFound(AccessPolicy.Resource.REPORT_360, key);
        }
        boolean full = servantLogin.equals(currentUser.id())
                || currentUser.inGroup(Groups.hr(organisationCode));
        Report360 report = full ? record.report() : record.report().summary();

        DocumentLanguage language = request.language();
        Organisation organisation = records.organisation(organisationCode);
        Map<String, Object> m = new HashMap<>();
        m.put("organisation", language.pick(organisation.getNameKk(), organisation.getNameRu()));
        m.put("servant", records.person(servantLogin, language));
        m.put("year", year);
        m.put("reportDate", QuarterlyRecords.date(record.finalAt(), organisation.getZone()));
        m.put("summary", !full);
        m.put("withheld", report.withheld());
        m.put("notHeld", record.notHeld());
        m.put("notHeldReason", record.notHeldReason() == null ? "" : record.notHeldReason());
        m.put("respondents", report.respondents());
        m.put("answered", report.answered());
        m.put("minAnswers", Report360.MIN_ANSWERS);
        m.put("overall", text(report.overallAverage()));
        m.put("rows", report.competencies().stream().map(c -> new Row(language.pick(c.nameKk(), c.nameRu()),
                text(c.othersAverage()), c.self() == null ? "" : c.self().toString(),
                c.selfMinusOthers() == null ? "" : signed(c.selfMinusOthers()))).toList());
        m.put("weakest", report.weakest().stream().map(c -> language.pick(c.nameKk(), c.nameRu())).toList());
        return new DocumentContent("report-360", key, organisationCode, servantLogin, record.finalAt(), m);
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }
}
