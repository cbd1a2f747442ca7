package kz.bagalau.quarterly;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.bagalau.org.Edition;
import kz.bagalau.org.EvaluatorAssignment;
import kz.bagalau.org.Evaluators;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.scorecard.EligibilityDecision;
import kz.bagalau.scorecard.EvaluationForm;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.scorecard.ScorecardDecisions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_PrepareEvaluation}: the edition in force on the quarter's last day, the
 * evaluator and co-evaluators, the deadlines of DMN {@code quarterly-deadlines}, and eligibility by
 * DMN {@code evaluation-eligibility}, recorded with its reason.
 */
@Component("prepareQuarterlyEvaluation")
class PrepareQuarterlyEvaluation implements JavaDelegate {

    static final String DEADLINES = "quarterly-deadlines";

    private final OrganisationModel model;
    private final Evaluators evaluators;
    private final CoEvaluators coEvaluators;
    private final QuarterFacts facts;
    private final QuarterlyResults results;
    private final ScorecardDecisions scorecardDecisions;

    PrepareQuarterlyEvaluation(OrganisationModel model, Evaluators evaluators, CoEvaluators coEvaluators,
                               QuarterFacts facts, QuarterlyResults results, ScorecardDecisions scorecardDecisions) {
        this.scorecardDecisions = scorecardDecisions;
        this.model = model;
        this.evaluators = evaluators;
        this.coEvaluators = coEvaluators;
        this.facts = facts;
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String organisation = QuarterVariables.organisation(execution);
        String login = QuarterVariables.servant(execution);
        Quarter quarter = QuarterVariables.quarter(execution);
        ZoneId zone = model.organisation(organisation).getZone();
        LocalDate evaluatedOn = evaluatedOn(execution, quarter, zone);
        Edition edition = QuarterlyEvaluations.quarterlyEdition(model, organisation, quarter);

        EvaluatorAssignment assignment = evaluators.whoEvaluates(login, edition, evaluatedOn);
        EvaluationForm form = QuarterlyEvaluations.formOf(assignment.method());
        // Running evaluations keep the grading tables in force when they started (docs/decisions.md); the
        // deadlines table's version is recorded beside them, since its evaluations keep no decision history
        // (bagalau.history.unrecorded-decisions).
        Map<String, String> versions = scorecardDecisions.currentVersions(ScorecardDecisions.GRADE_BAND,
                ScorecardDecisions.DISCIPLINARY_CAP, DEADLINES);
        Map<String, Object> deadlines = scorecardDecisions.evaluate(DEADLINES,
                Variables.createVariables().putValue("edition", edition.code()), "edition " + edition.code(), versions);
        int threshold = ((Number) deadlines.get("coEvaluatorThreshold")).intValue();
        List<String> scorers = coEvaluators.scorers(assignment, evaluatedOn, threshold);

        Servant servant = model.servant(login);
        EligibilityDecision decision = results.recordEligibility(QuarterVariables.ref(execution), form,
                facts.eligibility(servant, edition.code(), quarter, evaluatedOn), execution.getProcessInstanceId());

        execution.setVariable("edition", edition.code());
        execution.setVariable("decisionVersions", new java.util.HashMap<>(versions));
        execution.setVariable("evaluationForm", form.name());
        execution.setVariable("scoreForm", "quarterly-score-" + form.name().toLowerCase().replace('_', '-'));
        execution.setVariable("evaluator", assignment.evaluator());
        execution.setVariable("evaluatorRule", assignment.rule());
        execution.setVariable("scorers", new ArrayList<>(scorers));
        execution.setVariable("sanction", facts.sanctionIn(servant, quarter));
        execution.setVariable("eligibility", decision.eligibility().name());
        execution.setVariable("eligibilityReason", decision.reason());
        execution.setVariable("servantName", servant.getFullNameKk() + " / " + servant.getFullNameRu());
        execution.setVariable("periodLabel", quarter.label());
        execution.setVariable("timeZone", zone.getId());
        deadlines.forEach(execution::setVariable);
    }

    /**
     * The day the evaluation looks at (absences of the evaluated and of the evaluator): the variable
     * {@code evaluatedOn} when HR gave one, otherwise today, but never before the quarter's end.
     */
    private static LocalDate evaluatedOn(DelegateExecution execution, Quarter quarter, ZoneId zone) {
        LocalDate given = QuarterVariables.date(execution, "evaluatedOn", zone);
        if (given != null) {
            return given;
        }
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
        return today.isAfter(quarter.lastDay()) ? today : quarter.lastDay();
    }
}
