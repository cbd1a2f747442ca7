package kz.bagalau.security;

import java.util.Set;

/**
 * One evaluated person's case as the access policy sees it: whose result it is, who evaluates it, in which
 * organisation. Features build it from their records; the policy derives the caller's relations from it.
 *
 * @param organisation the organisation code (HR of that organisation only)
 * @param caseKey      the business key of the case ({@code <org>/<servant>/<period>}), for the calibration hook
 * @param evaluated    the evaluated servant's login
 * @param evaluators   the evaluator(s) who answer for the result («бағалаушы» / «оценивающий»)
 * @param coEvaluators co-evaluators (004 §18, 003 §31)
 */
public record EvaluationCase(String organisation, String caseKey, String evaluated, Set<String> evaluators,
                             Set<String> coEvaluators) {

    public EvaluationCase {
        evaluators = evaluators == null ? Set.of() : Set.copyOf(evaluators);
        coEvaluators = coEvaluators == null ? Set.of() : Set.copyOf(coEvaluators);
    }

    /** A case whose evaluators are not known (yet): only the evaluated, HR and the calibration hook apply. */
    public static EvaluationCase of(String organisation, String caseKey, String evaluated) {
        return new EvaluationCase(organisation, caseKey, evaluated, Set.of(), Set.of());
    }
}
