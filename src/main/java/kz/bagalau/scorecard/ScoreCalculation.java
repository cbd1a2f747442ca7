package kz.bagalau.scorecard;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The arithmetic of a quarterly sheet.
 *
 * @param average            sum of the scores as given / number of scores, half up to two decimals
 * @param finalScore         the score after the disciplinary cap (equal to average when nothing was capped)
 * @param capApplied         whether the cap lowered the score
 * @param parameterAverages  per parameter, the evaluators' mean, half up to two decimals (for display)
 */
public record ScoreCalculation(BigDecimal average, BigDecimal finalScore, boolean capApplied,
        Map<Integer, BigDecimal> parameterAverages) {
}
