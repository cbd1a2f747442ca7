package kz.bagalau.document;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import kz.bagalau.acquaintance.Acquaintance;
import kz.bagalau.acquaintance.Acquaintances;
import kz.bagalau.document.QuarterlyRecords.Person;
import kz.bagalau.document.YearlyRecords.Key;
import kz.bagalau.plan.KpiGradeNames;
import kz.bagalau.plan.KpiSheet;
import kz.bagalau.plan.KpiSheetEntry;
import kz.bagalau.plan.KpiSheetStatus;
import kz.bagalau.plan.KpiSheets;
import kz.bagalau.scorecard.Grade;

/**
 * {@code GET /api/documents/kpi-sheet/{organisation}/{servant}/{year}}: the KPI evaluation sheet («НМИ
 * бойынша бағалау парағы» / «оценочный лист по КЦИ») of the form of 002 appendix 10 (KZ-2023T, 002 §48-55;
 * for KZ-2018 the Typical methodology's appendix 2, 000 §17-24): «БЕКІТЕМІН / УТВЕРЖДАЮ» of the superior
 * supervisor who agreed it, the servant and the period, each KPI planned against actual and achieved or not,
 * the number achieved, the grade by the edition's scale, the signatures of the servant and of the direct
 * supervisor, and the servant's acquaintance when one is recorded for the business key.
 */
@Component
class KpiSheetDocumentSource implements DocumentSource {

    private final KpiSheets sheets;
    private final YearlyRecords yearly;
    private final QuarterlyRecords people;
    private final Acquaintances acquaintances;

    KpiSheetDocumentSource(KpiSheets sheets, YearlyRecords yearly, QuarterlyRecords people,
                           Acquaintances acquaintances) {
        this.sheets = sheets;
        this.yearly = yearly;
        this.people = people;
        this.acquaintances = acquaintances;
    }

    @Override
    public String type() {
        return "kpi-sheet";
    }

    record Row(int number, String name, String unit, String planned, String actual, boolean achieved) {
    }

    record AcquaintanceLine(String channel, String date) {
    }

    @Override
    public DocumentContent content(DocumentRequest request) {
        Key key = yearly.key(request);
        KpiSheet sheet = yearly.readable(key, sheets.find(key.servant(), key.year()), KpiSheet::getOrganisationCode,
                s -> Set.of(s.getEvaluatorLogin(), s.getApproverLogin()), "KPI_SHEET");
        DocumentLanguage language = request.language();
        ZoneId zone = yearly.zone(key);
        String edition = sheet.getEdition();
        Grade grade = sheet.getGrade();
        boolean agreed = sheet.getAgreedAt() != null;
        List<Acquaintance> acquainted = acquaintances.of(key.businessKey());

        Map<String, Object> model = yearly.model(key, people, language);
        model.put("edition", edition);
        model.put("status", sheet.getStatus().name());
        model.put("filled", !sheet.getEntries().isEmpty());
        model.put("agreed", agreed);
        Person approver = people.person(agreed ? sheet.getAgreedBy() : sheet.getApproverLogin(), language);
        model.put("approver", approver);
        model.put("approvedOn", agreed ? QuarterlyRecords.date(sheet.getAgreedAt(), zone) : "");
        model.put("evaluator", people.person(sheet.getEvaluatorLogin(), language));
        model.put("signedOn", QuarterlyRecords.date(sheet.getSubmittedAt(), zone));
        model.put("rows", sheet.getEntries().stream().map(KpiSheetDocumentSource::row).toList());
        model.put("achieved", sheet.getAchievedKpis());
        model.put("total", sheet.getEntries().size());
        model.put("grade", grade == null ? null : name(edition, grade, language));
        model.put("scale", String.join(", ",
                KpiGradeNames.scale(edition).stream().map(g -> name(edition, g, language).toLowerCase()).toList()));
        model.put("acquaintances", acquainted.stream().map(a -> new AcquaintanceLine(a.getChannel().name(),
                QuarterlyRecords.date(a.getAcquaintedAt(), zone))).toList());

        // Printed: the entries and grade (submission), the agreement, the acquaintances; not the handover.
        Instant asOf = Stream.concat(Stream.of(sheet.getSubmittedAt(), sheet.getAgreedAt(), sheet.getReturnedAt()),
                        acquainted.stream().map(Acquaintance::getAcquaintedAt))
                .filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(QuarterlyRecords.firstDay(key.year() + 1, 1).atStartOfDay(zone).toInstant());
        return new DocumentContent("kpi-sheet", key.businessKey(), sheet.getOrganisationCode(),
                sheet.getServantLogin(), asOf, model);
    }

    private static String name(String edition, Grade grade, DocumentLanguage language) {
        return language.pick(KpiGradeNames.kazakh(edition, grade), KpiGradeNames.russian(edition, grade));
    }

    private static Row row(KpiSheetEntry e) {
        return new Row(e.getNumber(), e.getName(), e.getUnit(), WorkPlanDocumentSource.plain(e.getPlannedValue()),
                WorkPlanDocumentSource.plain(e.getActualValue()), e.isAchieved());
    }
}
