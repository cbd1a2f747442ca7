package kz.bagalau.scorecard;

/**
 * The outputs of DMN {@code evaluation-eligibility}: the eligibility and a reason code
 * (LESS_THAN_3_MONTHS, ON_PROBATION, ... — listed with their clauses in docs/decisions.md).
 */
public record EligibilityDecision(Eligibility eligibility, String reason) {
}
