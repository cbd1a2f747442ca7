package kz.bagalau.plan;

import java.time.LocalDate;

import kz.bagalau.org.Edition;
import kz.bagalau.org.EvaluatorAssignment;
import kz.bagalau.org.Evaluators;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_PreparePlan}: the edition in force when the period starts, who drafts (the direct
 * supervisor) and who approves (the superior supervisor, or the first head, 000 §10-11; deputies for absent
 * people), and the plan record.
 */
@Component("prepareWorkPlan")
class PrepareWorkPlan implements JavaDelegate {

    private final OrganisationModel model;
    private final Evaluators evaluators;
    private final WorkPlans plans;

    PrepareWorkPlan(OrganisationModel model, Evaluators evaluators, WorkPlans plans) {
        this.model = model;
        this.evaluators = evaluators;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String organisation = YearVariables.organisation(execution);
        int year = YearVariables.year(execution);
        Servant servant = model.servant(YearVariables.servant(execution));
        LocalDate periodStart = YearlyKpiEvaluations.periodStart(servant, year);
        Edition edition = YearlyKpiEvaluations.yearlyEdition(model, organisation, periodStart);
        EvaluatorAssignment assignment = evaluators.whoEvaluates(servant.getLogin(), edition,
                YearlyKpiEvaluations.assignmentDay(servant, year));
        WorkPlan plan = plans.open(assignment, year, execution.getProcessInstanceId());

        execution.setVariable("planId", plan.getId());
        execution.setVariable("edition", edition.code());
        execution.setVariable("evaluator", assignment.evaluator());
        execution.setVariable("approver", assignment.approver());
        execution.setVariable("evaluatorRule", assignment.rule());
        execution.setVariable("periodStart", periodStart.toString());
        setLabels(execution, servant, year);
    }

    /** What every form of the yearly processes shows in its header. */
    static void setLabels(DelegateExecution execution, Servant servant, int year) {
        execution.setVariable("servantName", servant.getFullNameKk() + " / " + servant.getFullNameRu());
        execution.setVariable("positionName", servant.getPosition().getTitleKk() + " / "
                + servant.getPosition().getTitleRu());
        execution.setVariable("periodLabel", year + " жыл / " + year + " год");
        execution.setVariable("timeZone", servant.getOrganisation().getZone().getId());
    }
}
