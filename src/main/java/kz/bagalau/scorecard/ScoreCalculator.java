package kz.bagalau.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import kz.bagalau.web.BadRequestException;

/**
 * The arithmetic of the evaluation sheet («бағалау парағы» / «оценочный лист», 004 app.1/2,
 * 003 §27, §31), free of the engine: validation, the average, co-evaluators, the disciplinary cap.
 * The cap and the grade themselves come from DMN; this class only applies a cap it is given.
 */
public final class ScoreCalculator {

    /** Scores are averages with two decimals (003 §7, 004 §8). */
    public static final int SCALE = 2;

    private static final BigDecimal LOWEST = BigDecimal.ZERO;
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(5);

    private ScoreCalculator() {
    }

    /**
     * Computes a quarterly result from one or more evaluators' sheets. With co-evaluators (004 §18,
     * 003 §31) every sheet counts equally: the result is the mean over parameters of each parameter's
     * mean over evaluators, which equals the sum of all scores divided by their number; it is rounded
     * once, half up, to two decimals so no intermediate rounding shifts a band boundary.
     *
     * @param cap applied only on forms with the parameter "absence of disciplinary sanctions"
     * @throws BadRequestException naming the parameter when a sheet is invalid
     */
    public static ScoreCalculation calculate(EvaluationForm form, List<ScoreSheet> sheets, DisciplinaryCap cap) {
        validate(form, sheets);
        List<ParameterScore> scores = sheets.stream().flatMap(s -> s.scores().stream()).toList();
        BigDecimal average = averageOf(scores.stream().map(ParameterScore::score).toList());
        BigDecimal finalScore = average;
        if (form.hasSanctionParameter() && cap.limits()) {
            finalScore = switch (cap.appliesTo()) {
                case RESULT -> average.min(cap.maxScore().setScale(SCALE, RoundingMode.HALF_UP));
                case PARAMETER_5 -> averageOf(scores.stream()
                        .map(s -> s.parameter() == form.sanctionParameter() ? capParameter(s.score(), cap) : s.score())
                        .toList());
            };
        }
        Map<Integer, BigDecimal> parameterAverages = scores.stream().collect(Collectors.groupingBy(
                ParameterScore::parameter, TreeMap::new,
                Collectors.collectingAndThen(Collectors.mapping(ParameterScore::score, Collectors.toList()),
                        ScoreCalculator::averageOf)));
        return new ScoreCalculation(average, finalScore, finalScore.compareTo(average) < 0, parameterAverages);
    }

    /** Sum divided by count, rounded half up to two decimals (004 app.1/2 note; 004 §5 for the yearly grade). */
    public static BigDecimal averageOf(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values to average");
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
    }

    /** Validates the sheets of one servant's quarter together: at least one, one per evaluator, the same KPIs. */
    public static void validate(EvaluationForm form, List<ScoreSheet> sheets) {
        if (sheets == null || sheets.isEmpty()) {
            throw new BadRequestException("No evaluator has scored the " + form + " sheet yet");
        }
        Set<String> evaluators = new HashSet<>();
        for (ScoreSheet sheet : sheets) {
            validate(form, sheet);
            if (!evaluators.add(sheet.evaluatorLogin())) {
                throw new BadRequestException("Evaluator " + sheet.evaluatorLogin() + " has two sheets for the same quarter");
            }
        }
        long counts = sheets.stream().mapToInt(s -> s.scores().size()).distinct().count();
        if (counts > 1) {
            throw new BadRequestException("The evaluators scored different numbers of " + noun(form)
                    + "; every evaluator scores the same sheet");
        }
    }

    /**
     * Validates one evaluator's sheet: every parameter of the form once (a KPI sheet 3 to 5 KPIs,
     * 003 §23), whole scores 0..5, and a comment for 0, which means "not performed at all" (004 app.1/2).
     */
    public static void validate(EvaluationForm form, ScoreSheet sheet) {
        if (sheet.evaluatorLogin() == null || sheet.evaluatorLogin().isBlank()) {
            throw new BadRequestException("The sheet names no evaluator");
        }
        Set<Integer> seen = new HashSet<>();
        for (ParameterScore score : sheet.scores()) {
            if (score.parameter() < 1 || score.parameter() > form.maxParameters()) {
                throw new BadRequestException("The " + form + " sheet has no parameter " + score.parameter());
            }
            if (!seen.add(score.parameter())) {
                throw new BadRequestException(describe(form, score.parameter()) + " is scored twice");
            }
        }
        if (form.minParameters() != form.maxParameters() && seen.size() < form.minParameters()) {
            throw new BadRequestException("A KPI sheet carries 3 to 5 KPIs (003 §23); this one has " + seen.size());
        }
        int expected = Math.max(form.minParameters(), seen.stream().max(Integer::compare).orElse(0));
        for (int n = 1; n <= expected; n++) {
            if (!seen.contains(n)) {
                throw new BadRequestException(describe(form, n) + ": the score is missing");
            }
        }
        sheet.scores().forEach(score -> validate(form, score));
    }

    private static void validate(EvaluationForm form, ParameterScore score) {
        String parameter = describe(form, score.parameter());
        BigDecimal value = score.score();
        if (value == null) {
            throw new BadRequestException(parameter + ": the score is missing");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new BadRequestException(parameter + ": " + value.toPlainString()
                    + " is not a whole number; scores are whole numbers from 0 to 5");
        }
        if (value.compareTo(LOWEST) < 0 || value.compareTo(HIGHEST) > 0) {
            throw new BadRequestException(parameter + ": " + value.toPlainString() + " is outside 0..5");
        }
        if (value.signum() == 0 && (score.comment() == null || score.comment().isBlank())) {
            throw new BadRequestException(parameter + ": a score of 0 means the parameter was not performed at all;"
                    + " explain it in the comment (004 app.1/2)");
        }
    }

    /** Integer scores cannot be 2.99: "not above 2.99" leaves at most 2, "not above 1.99" at most 1. */
    private static BigDecimal capParameter(BigDecimal score, DisciplinaryCap cap) {
        return score.min(cap.maxScore().setScale(0, RoundingMode.FLOOR));
    }

    static String describe(EvaluationForm form, int parameter) {
        if (parameter < 1 || parameter > form.maxParameters()) {
            return "Parameter " + parameter;
        }
        if (form == EvaluationForm.KPI) {
            return "KPI " + parameter;
        }
        return "Parameter " + parameter + " (" + form.parameter(parameter).russian() + ")";
    }

    private static String noun(EvaluationForm form) {
        return form == EvaluationForm.KPI ? "KPIs" : "parameters";
    }
}
