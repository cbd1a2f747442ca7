package kz.bagalau.scorecard;

import java.math.BigDecimal;

/**
 * One evaluator's score for one parameter, as entered. The score is kept as a number of any kind
 * so that 2.5 or a missing value reach validation and are refused with a reason, not lost in a cast.
 */
public record ParameterScore(int parameter, BigDecimal score, String comment) {

    public static ParameterScore of(int parameter, int score) {
        return new ParameterScore(parameter, BigDecimal.valueOf(score), null);
    }

    public static ParameterScore of(int parameter, int score, String comment) {
        return new ParameterScore(parameter, BigDecimal.valueOf(score), comment);
    }
}
