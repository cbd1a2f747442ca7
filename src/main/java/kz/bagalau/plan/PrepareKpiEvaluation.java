package kz.bagalau.plan;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

import kz.bagalau.calendar.WorkingDays;
import kz.bagalau.competency.IndicatorSet;
import kz.bagalau.org.Absence;
import kz.bagalau.org.Edition;
import kz.bagalau.org.EvaluatorAssignment;
import kz.bagalau.org.Evaluators;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.scorecard.Eligibility;
import kz.bagalau.scorecard.EligibilityDecision;
import kz.bagalau.scorecard.EligibilityFacts;
import kz.bagalau.scorecard.ScorecardDecisions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_PrepareKpiEvaluation}: who fills and who agrees (000 §17-20), eligibility by DMN
 * {@code evaluation-eligibility} (000 §4), the KPI sheet record, and the fill deadline: 10 working days after
 * the later of the year's end and the start (our reading: the seeds set none), or, for a servant absent at
 * evaluation time, 5 working days after the absence ends (000 §4) — the process waits for the return.
 */
@Component("prepareKpiEvaluation")
class PrepareKpiEvaluation implements JavaDelegate {

    static final int FILL_WORKING_DAYS = 10;
    static final int AFTER_RETURN_WORKING_DAYS = 5;

    private final OrganisationModel model;
    private final Evaluators evaluators;
    private final WorkPlans plans;
    private final KpiSheets sheets;
    private final ScorecardDecisions decisions;
    private final WorkingDays workingDays;

    PrepareKpiEvaluation(OrganisationModel model, Evaluators evaluators, WorkPlans plans, KpiSheets sheets,
                         ScorecardDecisions decisions, WorkingDays workingDays) {
        this.model = model;
        this.evaluators = evaluators;
        this.plans = plans;
        this.sheets = sheets;
        this.decisions = decisions;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = YearVariables.year(execution);
        Servant servant = model.servant(YearVariables.servant(execution));
        ZoneId zone = servant.getOrganisation().getZone();
        WorkPlan plan = plans.plan(YearVariables.id(execution, "planId"));
        Edition edition = Edition.fromCode(plan.getEdition());
        LocalDate today = YearVariables.now().toInstant().atZone(zone).toLocalDate();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate evaluatedOn = evaluatedOn(execution, today, yearEnd);

        EvaluatorAssignment assignment = evaluators.whoEvaluates(servant.getLogin(), edition, evaluatedOn);
        EligibilityDecision eligibility = decisions.eligibility(facts(servant, edition, year, evaluatedOn));
        Optional<Absence> absence = servant.absenceOn(evaluatedOn);
        LocalDate deferredUntil = null;
        Date fillDue = workingDays.after(today.isAfter(yearEnd) ? today : yearEnd, FILL_WORKING_DAYS, zone.getId());
        if (eligibility.eligibility() == Eligibility.DEFERRED && absence.isPresent()) {
            LocalDate absenceEnds = absence.get().getEndsOn();
            deferredUntil = workingDays.addWorkingDays(absenceEnds, AFTER_RETURN_WORKING_DAYS);
            fillDue = workingDays.after(absenceEnds, AFTER_RETURN_WORKING_DAYS, zone.getId());
            execution.setVariable("returnsAt", Date.from(absenceEnds.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        KpiSheet sheet = sheets.open(plan.getId(), assignment, eligibility, deferredUntil,
                execution.getProcessInstanceId());

        IndicatorSet indicatorSet = IndicatorSet.of(servant);
        execution.setVariable("sheetId", sheet.getId());
        execution.setVariable("edition", edition.code());
        execution.setVariable("evaluator", assignment.evaluator());
        execution.setVariable("approver", assignment.approver());
        execution.setVariable("evaluatorRule", assignment.rule());
        execution.setVariable("eligibility", eligibility.eligibility().name());
        execution.setVariable("eligibilityReason", eligibility.reason());
        execution.setVariable("fillDue", fillDue);
        execution.setVariable("indicatorSet", indicatorSet.name());
        execution.setVariable("indicatorSetLabel", indicatorSet.label());
        execution.setVariable("competencyForm", indicatorSet.formId());
        execution.setVariable("planTable", PlanForm.table(plan.approvedKpis()));
        PrepareWorkPlan.setLabels(execution, servant, year);
    }

    /** 000 §4 in the terms of DMN evaluation-eligibility, on the day the evaluation looks at. */
    EligibilityFacts facts(Servant servant, Edition edition, int year, LocalDate evaluatedOn) {
        LocalDate appointed = servant.getAppointedOn();
        int months = appointed.isAfter(evaluatedOn) ? 0
                : (int) Period.between(appointed, evaluatedOn.plusDays(1)).toTotalMonths();
        LocalDate from = appointed.isAfter(LocalDate.of(year, 1, 1)) ? appointed : LocalDate.of(year, 1, 1);
        LocalDate to = evaluatedOn.isBefore(LocalDate.of(year, 12, 31)) ? evaluatedOn : LocalDate.of(year, 12, 31);
        int workedDays = to.isBefore(from) ? 0 : workingDays.workingDaysBetween(from, to);
        boolean dismissed = servant.getDismissedOn() != null && !servant.getDismissedOn().isAfter(evaluatedOn);
        return new EligibilityFacts(edition.code(), months, servant.isOnProbationOn(evaluatedOn), workedDays,
                servant.isAbsentOn(evaluatedOn), dismissed);
    }

    /** The variable {@code evaluatedOn} when HR gave one; otherwise today, but never before the year's end. */
    private static LocalDate evaluatedOn(DelegateExecution execution, LocalDate today, LocalDate yearEnd) {
        Object given = execution.getVariable("evaluatedOn");
        if (given != null && !given.toString().isBlank()) {
            return LocalDate.parse(given.toString().substring(0, 10));
        }
        return today.isAfter(yearEnd) ? today : yearEnd;
    }
}
