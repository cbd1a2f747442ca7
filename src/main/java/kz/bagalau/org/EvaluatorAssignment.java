package kz.bagalau.org;

/**
 * Who evaluates a servant, under which edition and method, on a date.
 *
 * @param evaluated          the evaluated servant's login
 * @param organisationCode   the body that evaluates (the host body during a secondment, 004 §4)
 * @param edition            the edition in force on the date
 * @param method             the evaluation method, which decides the form
 * @param evaluator          the evaluator's login («бағалаушы тұлға» / «оценивающее лицо»)
 * @param approver           who approves the plan or agrees the sheet (KZ-2018/KZ-2023T), else {@code null}
 * @param replacedEvaluator  the evaluator's login when a deputy replaces them because they are absent, else {@code null}
 * @param rule               the clause that decided it, for the record and the Cockpit view
 */
public record EvaluatorAssignment(String evaluated, String organisationCode, Edition edition, EvaluationMethod method,
                                  String evaluator, String approver, String replacedEvaluator, String rule) {
}
