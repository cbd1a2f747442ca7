package kz.bagalau.survey;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.bagalau.web.BadRequestException;

/**
 * One questionnaire's ratings, checked against the competency list of the servant (003 §34) and the scale
 * {@value Competency#MIN_RATING}..{@value Competency#MAX_RATING}. Error messages name the competency, never
 * the value submitted.
 */
final class Ratings {

    /** Form fields and variables that carry an answer start with this; the history never records them. */
    static final String PREFIX = "answer360_";

    private Ratings() {
    }

    static Map<Competency, Integer> check(Map<String, ?> byCode, boolean head) {
        List<Competency> list = Competency.listFor(head);
        Map<Competency, Integer> ratings = new EnumMap<>(Competency.class);
        for (Map.Entry<String, ?> e : byCode.entrySet()) {
            Competency c;
            try {
                c = Competency.valueOf(e.getKey());
            } catch (IllegalArgumentException unknown) {
                throw new BadRequestException("'" + e.getKey() + "' is not a competency of the 360 survey (003 §34)");
            }
            if (!list.contains(c)) {
                throw new BadRequestException(c + " is assessed for heads only (003 §34)");
            }
            ratings.put(c, rating(c, e.getValue()));
        }
        List<Competency> missing = list.stream().filter(c -> !ratings.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BadRequestException("Rate every competency; missing: " + missing);
        }
        return ratings;
    }

    /** The ratings submitted as form variables {@code answer360_<COMPETENCY>}. */
    static Map<Competency, Integer> fromVariables(Map<String, Object> answers, boolean head) {
        Map<String, Object> byCode = new java.util.HashMap<>();
        answers.forEach((name, value) -> byCode.put(name.substring(PREFIX.length()), value));
        return check(byCode, head);
    }

    static int[] asArray(Map<Competency, Integer> ratings) {
        int[] a = new int[Competency.values().length];
        ratings.forEach((c, r) -> a[c.ordinal()] = r);
        return a;
    }

    private static int rating(Competency c, Object value) {
        int r = -1;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            r = n.intValue();
        } else if (value instanceof String s && s.trim().matches("\\d")) {
            r = Integer.parseInt(s.trim());
        }
        if (r < Competency.MIN_RATING || r > Competency.MAX_RATING) {
            throw new BadRequestException("The rating of " + c + " must be a whole number from "
                    + Competency.MIN_RATING + " to " + Competency.MAX_RATING);
        }
        return r;
    }
}
