package kz.bagalau.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import kz.bagalau.acquaintance.Acquaintance;
import kz.bagalau.acquaintance.Acquaintances;
import kz.bagalau.document.QuarterlyRecords.Person;
import kz.bagalau.org.Organisation;
import kz.bagalau.scorecard.EvaluationForm;
import kz.bagalau.scorecard.ParameterScore;
import kz.bagalau.scorecard.QuarterlyResult;
import kz.bagalau.scorecard.ScoreSheet;

/**
 * {@code GET /api/documents/quarterly/{organisation}/{servant}/{year}/{quarter}}: the evaluation sheet
 * («бағалау парағы» / «оценочный лист») of a quarter, one page per evaluator, laid out as the form of
 * its edition — KZ-2025: 004 appendix 1 (managerial position) or appendix 2 (non-managerial);
 * KZ-2023: the KPI sheet (003 §27, appendix 2) or the ranking sheet (003 §29–32, appendix 4) — with
 * the result (average, disciplinary cap, final score, grade) and the acquaintance records.
 */
@Component
class QuarterlyScorecardSource implements DocumentSource {

    private final QuarterlyRecords records;
    private final Acquaintances acquaintances;

    QuarterlyScorecardSource(QuarterlyRecords records, Acquaintances acquaintances) {
        this.records = records;
        this.acquaintances = acquaintances;
    }

    @Override
    public String type() {
        return "quarterly";
    }

    record Row(int number, String parameter, int score, String comment) {
    }

    record Sheet(Person evaluator, List<Row> rows, BigDecimal average, String date) {
    }

    record AcquaintanceLine(String channel, String date, String deliveredOn, String proof, boolean refused) {
    }

    @Override
    public DocumentContent content(DocumentRequest request) {
        QuarterlyResult r = records.readable(request);
        DocumentLanguage language = request.language();
        Organisation organisation = records.organisation(r.getOrganisationCode());
        ZoneId zone = organisation.getZone();
        EvaluationForm form = r.getForm();
        List<Acquaintance> acquainted = acquaintances.of(r.ref().businessKey());

        Map<String, Object> model = records.model(r, organisation, language);
        model.put("periodFrom", QuarterlyRecords.date(QuarterlyRecords.firstDay(r.getYear(), r.getQuarter())));
        model.put("periodTo", QuarterlyRecords.date(
                QuarterlyRecords.firstDay(r.getYear(), r.getQuarter()).plusMonths(3).minusDays(1)));
        model.put("edition", r.getEdition());
        model.put("form", form.name());
        model.put("eligibility", r.getEligibility() == null ? "" : r.getEligibility().name());
        model.put("status", r.getStatus().name());
        model.put("sheets", r.sheets().stream().map(s -> sheet(r, s, form, language, zone)).toList());
        model.put("averageScore", r.getAverageScore());
        model.put("capMaxScore", form.hasSanctionParameter() ? r.getCapMaxScore() : null);
        model.put("capApplied", r.isCapApplied());
        model.put("gradedOn", QuarterlyRecords.date(r.getGradedAt(), zone));
        model.put("acquaintances", acquainted.stream().map(a -> new AcquaintanceLine(a.getChannel().name(),
                QuarterlyRecords.date(a.getAcquaintedAt(), zone), QuarterlyRecords.date(a.getDeliveredOn()),
                a.getProof(), a.isRefused())).toList());

        Instant asOf = Stream.concat(Stream.of(r.getUpdatedAt()), acquainted.stream().map(Acquaintance::getAcquaintedAt))
                .max(Comparator.naturalOrder()).orElseThrow();
        return new DocumentContent("quarterly-scorecard", r.ref().businessKey(), r.getOrganisationCode(),
                r.getServantLogin(), asOf, model);
    }

    private Sheet sheet(QuarterlyResult r, ScoreSheet s, EvaluationForm form, DocumentLanguage language, ZoneId zone) {
        List<Row> rows = s.scores().stream().map(p -> row(form, p, language)).toList();
        BigDecimal sum = s.scores().stream().map(ParameterScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = rows.isEmpty() ? null
                : sum.divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP);
        Instant scoredAt = r.getScores().stream().filter(e -> e.getEvaluatorLogin().equals(s.evaluatorLogin()))
                .map(e -> e.getScoredAt()).max(Comparator.naturalOrder()).orElse(null);
        return new Sheet(records.person(s.evaluatorLogin(), language), rows, average,
                QuarterlyRecords.date(scoredAt, zone));
    }

    private static Row row(EvaluationForm form, ParameterScore p, DocumentLanguage language) {
        EvaluationForm.Parameter parameter = form.parameter(p.parameter());
        return new Row(p.parameter(), language.pick(parameter.kazakh(), parameter.russian()), p.score().intValue(),
                p.comment() == null ? "" : p.comment());
    }
}
