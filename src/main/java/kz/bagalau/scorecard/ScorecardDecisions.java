package kz.bagalau.scorecard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import kz.bagalau.web.BadRequestException;

/**
 * The methodology's decision tables, evaluated through the engine by key so that a table a process
 * owner redeploys from Modeler takes effect for the next evaluation. Each method names the DMN
 * inputs and outputs exactly as the tables in {@code dmn/} do.
 */
@Service
public class ScorecardDecisions {

    public static final String GRADE_BAND = "grade-band";
    public static final String DISCIPLINARY_CAP = "disciplinary-cap";
    public static final String EVALUATION_ELIGIBILITY = "evaluation-eligibility";
    public static final String KPI_COUNT_GRADE = "kpi-count-grade";
    public static final String COMPETENCY_LEVEL = "competency-level";

    private final DecisionService decisionService;
    private final IdentityService identityService;
    private final RepositoryService repositoryService;

    ScorecardDecisions(DecisionService decisionService, IdentityService identityService,
                       RepositoryService repositoryService) {
        this.decisionService = decisionService;
        this.identityService = identityService;
        this.repositoryService = repositoryService;
    }

    /**
     * The versions of tables in force now, by key → decision definition id. A process stores them at its
     * start so that a table redeployed while it runs applies to new evaluations only ("running ones keep
     * their version").
     */
    public Map<String, String> currentVersions(String... keys) {
        Map<String, String> versions = new HashMap<>();
        for (String key : keys) {
            DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .latestVersion().singleResult();
            if (latest != null) {
                versions.put(key, latest.getId());
            }
        }
        return versions;
    }

    /** The band of a two-decimal score (003 §7, 004 §8); a score outside 0..5 is refused, never graded. */
    public Grade grade(BigDecimal score) {
        return grade(score, Map.of());
    }

    /** As {@link #grade(BigDecimal)}, with the table version pinned by {@link #currentVersions}. */
    public Grade grade(BigDecimal score, Map<String, String> versions) {
        if (score == null || score.stripTrailingZeros().scale() > ScoreCalculator.SCALE) {
            throw new BadRequestException("A score to grade has two decimals (round the average half up first), not "
                    + (score == null ? "nothing" : score.toPlainString()));
        }
        Map<String, Object> result = evaluate(GRADE_BAND, Variables.createVariables().putValue("score", score),
                "score " + score.toPlainString() + " is outside 0..5", versions);
        return Grade.valueOf((String) result.get("grade"));
    }

    /** The cap for the quarter's sanction (NONE, REMARK, REPRIMAND, SEVERE_REPRIMAND or any other type). */
    public DisciplinaryCap disciplinaryCap(String sanction) {
        return disciplinaryCap(sanction, Map.of());
    }

    /** As {@link #disciplinaryCap(String)}, with the table version pinned by {@link #currentVersions}. */
    public DisciplinaryCap disciplinaryCap(String sanction, Map<String, String> versions) {
        if (sanction == null || sanction.isBlank()) {
            throw new BadRequestException("State the disciplinary sanction of the quarter, NONE when there was none");
        }
        Map<String, Object> result = evaluate(DISCIPLINARY_CAP,
                Variables.createVariables().putValue("sanction", sanction), "sanction " + sanction, versions);
        return new DisciplinaryCap(new BigDecimal(result.get("maxScore").toString()),
                CapReading.valueOf((String) result.get("capAppliesTo")));
    }

    /** Whether and how a servant is evaluated in the period (000 §4, 002 §5, 003 §5–6, 004 §6–7). */
    public EligibilityDecision eligibility(EligibilityFacts facts) {
        VariableMap variables = Variables.createVariables()
                .putValue("edition", facts.edition())
                .putValue("monthsInPosition", facts.monthsInPosition())
                .putValue("onProbation", facts.onProbation())
                .putValue("workedDays", facts.workedDays())
                .putValue("absent", facts.absent())
                .putValue("dismissed", facts.dismissed());
        Map<String, Object> result = evaluate(EVALUATION_ELIGIBILITY, variables, "edition " + facts.edition());
        return new EligibilityDecision(Eligibility.valueOf((String) result.get("eligibility")),
                (String) result.get("reason"));
    }

    /** The yearly KPI sheet's grade by the number of KPIs fully achieved (000 §18, 002 §49). */
    public Grade kpiCountGrade(int achievedKpis, String edition) {
        Map<String, Object> result = evaluate(KPI_COUNT_GRADE, Variables.createVariables()
                .putValue("achievedKpis", achievedKpis).putValue("edition", edition),
                achievedKpis + " achieved KPIs in edition " + edition + " (0..5 of KZ-2018 or KZ-2023T)");
        return Grade.valueOf((String) result.get("grade"));
    }

    /** A competency's level by its observed behavioural indicators (000 §26–27). */
    public CompetencyLevel competencyLevel(int observed, int total) {
        Map<String, Object> result = evaluate(COMPETENCY_LEVEL, Variables.createVariables()
                .putValue("observed", observed).putValue("total", total),
                observed + " of " + total + " indicators (a competency has 1..10 indicators, 000 §26)");
        return CompetencyLevel.valueOf((String) result.get("level"));
    }

    /**
     * Evaluates a table as the application, not as the calling user: the caller's access to the
     * servant's record is checked by the feature; the methodology's tables are not a user's resource,
     * and with authorization on the engine would otherwise ask for CREATE_INSTANCE on each decision.
     */
    private Map<String, Object> evaluate(String key, VariableMap variables, String what) {
        return evaluate(key, variables, what, Map.of());
    }

    /**
     * One of the methodology's tables at the version {@code versions} pinned (by {@link #currentVersions}), the
     * latest when none is; a clear refusal naming {@code what} when no rule matches.
     */
    public Map<String, Object> evaluate(String key, VariableMap variables, String what, Map<String, String> versions) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            String pinned = versions == null ? null : versions.get(key);
            Map<String, Object> entry = (pinned == null
                    ? decisionService.evaluateDecisionTableByKey(key, variables)
                    : decisionService.evaluateDecisionTableById(pinned, variables)).getSingleResult();
            if (entry == null) {
                throw new BadRequestException("Decision " + key + " has no rule for " + what);
            }
            return entry;
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
