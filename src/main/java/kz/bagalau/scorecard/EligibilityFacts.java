package kz.bagalau.scorecard;

/**
 * The inputs of DMN {@code evaluation-eligibility}: what HR knows about a servant in a period.
 *
 * @param edition          KZ-2018, KZ-2023T, KZ-2023 or KZ-2025
 * @param monthsInPosition full months in the position in the period
 * @param onProbation      on probation («сынақ мерзімі» / «испытательный срок»)
 * @param workedDays       working days actually worked in the period (004 §6)
 * @param absent           on leave, sick, on a trip, internship or retraining at evaluation time
 * @param dismissed        dismissed from the body before the end of the period
 */
public record EligibilityFacts(String edition, int monthsInPosition, boolean onProbation, int workedDays,
        boolean absent, boolean dismissed) {
}
