package kz.bagalau.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import kz.bagalau.document.QuarterlyRecords.Person;
import kz.bagalau.document.YearlyRecords.Key;
import kz.bagalau.plan.Kpi;
import kz.bagalau.plan.WorkPlan;
import kz.bagalau.plan.WorkPlanStatus;
import kz.bagalau.plan.WorkPlanVersion;
import kz.bagalau.plan.WorkPlans;

/**
 * {@code GET /api/documents/work-plan/{organisation}/{servant}/{year}}: the individual work plan («жеке
 * жұмыс жоспары» / «индивидуальный план работы») of the form of 002 appendix 9 (KZ-2023T, 002 §43-45; for
 * KZ-2018 the Typical methodology's appendix 1, 000 §9-11, with the same columns): «БЕКІТЕМІН / УТВЕРЖДАЮ»
 * of the superior supervisor (or the first head) with the day of the approval, the servant, position and
 * unit, the five KPIs of the latest version, the signature lines of the servant and of the direct supervisor
 * (dated the day they submitted the version). A plan not approved yet is printed as a draft.
 */
@Component
class WorkPlanDocumentSource implements DocumentSource {

    private final WorkPlans plans;
    private final YearlyRecords yearly;
    private final QuarterlyRecords people;

    WorkPlanDocumentSource(WorkPlans plans, YearlyRecords yearly, QuarterlyRecords people) {
        this.plans = plans;
        this.yearly = yearly;
        this.people = people;
    }

    @Override
    public String type() {
        return "work-plan";
    }

    record Row(int number, String name, String source, String unit, String planned, String deadline,
               String keyResult) {
    }

    @Override
    public DocumentContent content(DocumentRequest request) {
        Key key = yearly.key(request);
        WorkPlan plan = yearly.readable(key, plans.find(key.servant(), key.year()), WorkPlan::getOrganisationCode,
                p -> Set.of(p.getEvaluatorLogin(), p.getApproverLogin()), "WORK_PLAN");
        DocumentLanguage language = request.language();
        ZoneId zone = yearly.zone(key);
        WorkPlanVersion version = plan.latest().orElse(null);
        boolean approved = plan.getStatus() == WorkPlanStatus.APPROVED;
        Person approver = people.person(approved ? plan.getApprovedBy() : plan.getApproverLogin(), language);
        Person evaluator = people.person(version == null ? plan.getEvaluatorLogin() : version.getAuthorLogin(),
                language);

        Map<String, Object> model = yearly.model(key, people, language);
        model.put("edition", plan.getEdition());
        model.put("status", plan.getStatus().name());
        model.put("approved", approved);
        model.put("versionNo", plan.getCurrentVersion());
        model.put("approver", approver);
        model.put("approvedOn", approved ? QuarterlyRecords.date(plan.getApprovedAt(), zone) : "");
        model.put("evaluator", evaluator);
        model.put("submittedOn", version == null ? "" : QuarterlyRecords.date(version.getCreatedAt(), zone));
        model.put("rows", version == null ? List.of() : version.getKpis().stream().map(WorkPlanDocumentSource::row).toList());

        // What the form prints changes with a new version and with the approval; returns and monitoring do not.
        Instant asOf = Stream.of(plan.getCreatedAt(), version == null ? null : version.getCreatedAt(),
                        plan.getApprovedAt())
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
        return new DocumentContent("work-plan", key.businessKey(), plan.getOrganisationCode(), plan.getServantLogin(),
                asOf, model);
    }

    private static Row row(Kpi kpi) {
        return new Row(kpi.getNumber(), kpi.getName(), kpi.getSourceIndicator(), kpi.getUnit(),
                plain(kpi.getPlannedValue()), QuarterlyRecords.date(kpi.getDeadline()), kpi.getKeyResult());
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
