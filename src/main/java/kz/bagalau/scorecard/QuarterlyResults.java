package kz.bagalau.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.bagalau.web.BadRequestException;

/**
 * The quarterly evaluation's records (004 §5–8, 003 §27–32): eligibility, the evaluators' sheets,
 * the result with the disciplinary cap and the grade, and a calibrated final score. The process
 * {@code quarterly-evaluation} calls these steps in order; each refuses bad input with a reason.
 */
@Service
@Transactional
public class QuarterlyResults {

    private final QuarterlyResultRepository results;
    private final ScorecardDecisions decisions;

    QuarterlyResults(QuarterlyResultRepository results, ScorecardDecisions decisions) {
        this.results = results;
        this.decisions = decisions;
    }

    /**
     * Decides by DMN {@code evaluation-eligibility} whether the servant is evaluated this quarter and
     * records the decision with its reason; an eligible quarter then awaits the evaluators' sheets.
     */
    public EligibilityDecision recordEligibility(QuarterRef ref, EvaluationForm form, EligibilityFacts facts,
            String processInstanceId) {
        if (!form.edition().equals(facts.edition())) {
            throw new BadRequestException("The " + form + " sheet belongs to edition " + form.edition()
                    + ", not " + facts.edition());
        }
        EligibilityDecision decision = decisions.eligibility(facts);
        Instant now = Instant.now();
        QuarterlyResult result = find(ref).orElseGet(() -> new QuarterlyResult(ref, facts.edition(), form, now));
        if (result.getGrade() != null) {
            throw new BadRequestException("Quarter " + ref.businessKey() + " is already graded");
        }
        result.recordEligibility(facts.edition(), form, decision, processInstanceId, now);
        results.save(result);
        return decision;
    }

    /** Stores one evaluator's sheet, replacing their earlier one; refused with the reason when invalid. */
    public QuarterlyResult submitSheet(QuarterRef ref, ScoreSheet sheet) {
        QuarterlyResult result = awaitingScores(ref);
        List<ScoreSheet> sheets = new ArrayList<>(result.sheets().stream()
                .filter(s -> !s.evaluatorLogin().equals(sheet.evaluatorLogin())).toList());
        sheets.add(sheet);
        ScoreCalculator.validate(result.getForm(), sheets);
        result.replaceSheet(sheet, Instant.now());
        return results.save(result);
    }

    /**
     * Computes the result from all sheets: the average, the cap of DMN {@code disciplinary-cap} for
     * the quarter's sanction (forms with parameter 5 "absence of disciplinary sanctions" only) and
     * the grade of DMN {@code grade-band}.
     *
     * @param sanction NONE, REMARK, REPRIMAND, SEVERE_REPRIMAND or another type; ignored on KZ-2023 forms
     */
    public QuarterlyResult grade(QuarterRef ref, String sanction) {
        return grade(ref, sanction, Map.of());
    }

    /**
     * As {@link #grade(QuarterRef, String)} with the decision table versions pinned when the evaluation
     * started ({@link ScorecardDecisions#currentVersions}), so a table redeployed meanwhile applies to new ones only.
     */
    public QuarterlyResult grade(QuarterRef ref, String sanction, Map<String, String> versions) {
        QuarterlyResult result = awaitingScores(ref);
        EvaluationForm form = result.getForm();
        DisciplinaryCap cap = form.hasSanctionParameter() ? decisions.disciplinaryCap(sanction, versions)
                : DisciplinaryCap.NONE;
        ScoreCalculation calculation = ScoreCalculator.calculate(form, result.sheets(), cap);
        Grade grade = decisions.grade(calculation.finalScore(), versions);
        result.recordGrade(form.hasSanctionParameter() ? sanction : null, cap, calculation, grade, Instant.now());
        return results.save(result);
    }

    /** Sets the final score a calibration session decided (003 §41, 004 §23) and grades it again. */
    public QuarterlyResult calibrate(QuarterRef ref, BigDecimal finalScore) {
        QuarterlyResult result = existing(ref);
        if (result.getGrade() == null) {
            throw new BadRequestException("Quarter " + ref.businessKey() + " has no result to calibrate yet");
        }
        Grade grade = decisions.grade(finalScore);
        result.recordCalibration(finalScore.setScale(ScoreCalculator.SCALE, RoundingMode.UNNECESSARY), grade,
                Instant.now());
        return results.save(result);
    }

    /** How a quarter ended for an organisation's servants: counts by status and eligibility reason. */
    @Transactional(readOnly = true)
    public Map<String, Long> outcomes(String organisationCode, int year, int quarter) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (QuarterlyResult r : results.findByOrganisationCodeAndYear(organisationCode, year)) {
            if (r.getQuarter() == quarter) {
                String outcome = r.getStatus().name()
                        + (r.getStatus() == QuarterlyStatus.NOT_EVALUATED ? ":" + r.getEligibilityReason() : "");
                counts.merge(outcome, 1L, Long::sum);
            }
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public Optional<QuarterlyResult> find(QuarterRef ref) {
        Optional<QuarterlyResult> result = results.findByServantLoginAndYearAndQuarter(ref.servantLogin(), ref.year(),
                ref.quarter());
        result.filter(r -> !r.getOrganisationCode().equals(ref.organisationCode())).ifPresent(r -> {
            throw new BadRequestException("Quarter " + ref.year() + "-Q" + ref.quarter() + " of " + ref.servantLogin()
                    + " is evaluated in organisation " + r.getOrganisationCode() + ", not " + ref.organisationCode());
        });
        return result;
    }

    private QuarterlyResult existing(QuarterRef ref) {
        return find(ref).orElseThrow(() -> new BadRequestException(
                "Quarter " + ref.businessKey() + " has no evaluation; record its eligibility first"));
    }

    private QuarterlyResult awaitingScores(QuarterRef ref) {
        QuarterlyResult result = existing(ref);
        if (result.getStatus() != QuarterlyStatus.AWAITING_SCORES) {
            throw new BadRequestException("Quarter " + ref.businessKey() + " does not take scores: it is "
                    + result.getStatus() + (result.getEligibilityReason() == null ? ""
                            : " (" + result.getEligibilityReason() + ")"));
        }
        return result;
    }
}
