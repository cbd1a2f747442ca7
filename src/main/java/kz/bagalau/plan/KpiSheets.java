package kz.bagalau.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.bagalau.org.EvaluatorAssignment;
import kz.bagalau.scorecard.EligibilityDecision;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.scorecard.ScorecardDecisions;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly KPI sheets (000 §17-24): opened with the eligibility, filled from the approved plan with the
 * actual values ({@code actual<n>}, {@code evidence<n>}), graded by DMN {@code kpi-count-grade}, agreed or
 * returned by the superior, handed to the commission by HR.
 */
@Service
@Transactional(noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
public class KpiSheets {

    private final KpiSheetRepository repository;
    private final WorkPlans plans;
    private final ScorecardDecisions decisions;

    KpiSheets(KpiSheetRepository repository, WorkPlans plans, ScorecardDecisions decisions) {
        this.repository = repository;
        this.plans = plans;
        this.decisions = decisions;
    }

    public KpiSheet open(long planId, EvaluatorAssignment assignment, EligibilityDecision eligibility,
                         LocalDate deferredUntil, String processInstanceId) {
        WorkPlan plan = plans.plan(planId);
        plan.approvedKpis();
        if (repository.findByServantLoginAndYear(plan.getServantLogin(), plan.getYear()).isPresent()) {
            throw new BadRequestException("The KPI sheet of " + plan.getServantLogin() + " for " + plan.getYear()
                    + " exists already");
        }
        return repository.save(new KpiSheet(plan, assignment.evaluator(), assignment.approver(), eligibility,
                deferredUntil, processInstanceId));
    }

    /** The direct supervisor fills (or corrects) and signs the sheet; every actual value must be a number. */
    public KpiSheet fill(long sheetId, Map<String, Object> values) {
        KpiSheet sheet = sheet(sheetId);
        List<KpiSheetEntry> rows = new ArrayList<>();
        for (Kpi kpi : plans.plan(sheet.getWorkPlanId()).approvedKpis()) {
            int n = kpi.getNumber();
            BigDecimal actual = FormValues.number(values, "actual" + n,
                    "НМИ/КЦИ " + n + ": нақты мән / фактическое значение");
            rows.add(new KpiSheetEntry(kpi, actual, FormValues.optionalText(values, "evidence" + n)));
        }
        int achieved = (int) rows.stream().filter(KpiSheetEntry::isAchieved).count();
        Grade grade = decisions.kpiCountGrade(achieved, sheet.getEdition());
        sheet.fill(rows, grade, now());
        return sheet;
    }

    public void returnForCorrection(long sheetId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("Қайтару себебін жазыңыз (000 §22) / Укажите причину возврата: каких "
                    + "фактов недостаточно (000 §22)");
        }
        sheet(sheetId).returnForCorrection(reason.trim(), now());
    }

    public void agree(long sheetId, String by) {
        sheet(sheetId).agree(by, now());
    }

    public void handOver(long sheetId, String by) {
        sheet(sheetId).handOver(by, now());
    }

    @Transactional(readOnly = true)
    public KpiSheet sheet(long sheetId) {
        return repository.findById(sheetId).orElseThrow(() -> new NotFoundApiException("No KPI sheet " + sheetId));
    }

    @Transactional(readOnly = true)
    public Optional<KpiSheet> find(String servantLogin, int year) {
        return repository.findByServantLoginAndYear(servantLogin, year);
    }

    /** What the commission-meeting process picks up: the organisation's sheets handed over for the year. */
    @Transactional(readOnly = true)
    public List<KpiSheet> handedToCommission(String organisationCode, int year) {
        return repository.findByOrganisationCodeAndYearAndStatusOrderByServantLogin(organisationCode, year,
                KpiSheetStatus.HANDED_TO_COMMISSION.name());
    }

    /** The sheet as a Markdown table for the forms' text views. */
    public static String table(KpiSheet sheet) {
        StringBuilder b = new StringBuilder("| № | НМИ / КЦИ | Өлш. бірл. / Ед. изм. | Жоспар / План | Нақты / Факт "
                + "| Қол жеткізілді / Достигнут | Дәлел / Подтверждение |\n|---|---|---|---|---|---|---|\n");
        for (KpiSheetEntry e : sheet.getEntries()) {
            b.append("| ").append(e.getNumber()).append(" | ").append(PlanForm.cell(e.getName())).append(" | ")
                    .append(PlanForm.cell(e.getUnit())).append(" | ")
                    .append(e.getPlannedValue().stripTrailingZeros().toPlainString()).append(" | ")
                    .append(e.getActualValue().stripTrailingZeros().toPlainString()).append(" | ")
                    .append(e.isAchieved() ? "иә / да" : "жоқ / нет").append(" | ")
                    .append(e.getEvidence() == null ? "—" : PlanForm.cell(e.getEvidence())).append(" |\n");
        }
        Grade g = sheet.getGrade();
        if (g != null) {
            b.append("\n**Қол жеткізілген НМИ / Достигнуто КЦИ:** ").append(sheet.getAchievedKpis()).append(" / 5 — **")
                    .append(g.kazakh()).append(" / ").append(g.russian()).append("**\n");
        }
        return b.toString();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
