package kz.bagalau.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.bagalau.web.BadRequestException;

/** One evaluator's filled sheet: a score (and optional comment) per parameter. */
public record ScoreSheet(String evaluatorLogin, List<ParameterScore> scores) {

    public ScoreSheet {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /**
     * Reads the task variables {@code score1}…{@code scoreN} and {@code comment1}…{@code commentN}
     * (issue 6) for a form. A fixed form reads all its parameters, so a missing score is reported
     * by validation; a KPI sheet reads up to the highest numbered score present (3..5 KPIs).
     */
    public static ScoreSheet fromVariables(String evaluatorLogin, EvaluationForm form, Map<String, ?> variables) {
        int count = form.minParameters();
        for (int n = form.maxParameters(); n > form.minParameters(); n--) {
            if (variables.get("score" + n) != null) {
                count = n;
                break;
            }
        }
        List<ParameterScore> scores = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Object comment = variables.get("comment" + n);
            scores.add(new ParameterScore(n, number(form, n, variables.get("score" + n)),
                    comment == null ? null : comment.toString()));
        }
        return new ScoreSheet(evaluatorLogin, scores);
    }

    private static BigDecimal number(EvaluationForm form, int parameter, Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadRequestException(ScoreCalculator.describe(form, parameter)
                    + ": '" + text + "' is not a number; enter a whole score from 0 to 5");
        }
    }
}
