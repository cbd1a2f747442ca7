package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN {@code evaluation-eligibility} per edition (000 §4, 002 §5, 003 §5–6, 004 §6–7). */
class EvaluationEligibilityTableTests {

    // Columns: edition, months in position, on probation, worked days, absent, dismissed → eligibility, reason

    @ParameterizedTest(name = "{0}, {1} months → {6} {7}")
    @CsvSource({
            "KZ-2018,  2, false, 60, false, false, NOT_ELIGIBLE, LESS_THAN_3_MONTHS",
            "KZ-2018,  3, false, 60, false, false, ELIGIBLE,     MEETS_CONDITIONS",
            "KZ-2023T, 2, false, 60, false, false, NOT_ELIGIBLE, LESS_THAN_3_MONTHS",
            "KZ-2023T, 3, false, 60, false, false, ELIGIBLE,     MEETS_CONDITIONS",
            "KZ-2018,  2, false, 60, true,  false, NOT_ELIGIBLE, LESS_THAN_3_MONTHS"})
    void lessThanThreeMonthsInPositionIsNotEvaluated_000_4(ArgumentsAccessor row) {
        assertRow(row);
    }

    @ParameterizedTest(name = "{0} on probation → {6}")
    @CsvSource({
            "KZ-2018,  12, true, 60, false, false, NOT_ELIGIBLE, ON_PROBATION",
            "KZ-2023T, 12, true, 60, false, false, NOT_ELIGIBLE, ON_PROBATION",
            "KZ-2023,  12, true, 60, false, false, ELIGIBLE,     MEETS_CONDITIONS",
            "KZ-2025,  12, true, 60, false, false, ELIGIBLE,     MEETS_CONDITIONS"})
    void probationExcludesOnlyInTheEditionsOf2018_000_4(ArgumentsAccessor row) {
        assertRow(row);
    }

    @ParameterizedTest(name = "{0}, {1} months → {6}")
    @CsvSource({
            "KZ-2023, 0, false, 60, false, false, NOT_ELIGIBLE, LESS_THAN_1_MONTH",
            "KZ-2023, 1, false, 60, false, false, ELIGIBLE,     MEETS_CONDITIONS",
            "KZ-2025, 0, false, 60, false, false, NOT_ELIGIBLE, LESS_THAN_1_MONTH",
            "KZ-2025, 1, false, 60, false, false, ELIGIBLE,     MEETS_CONDITIONS",
            "KZ-2025, 0, false, 60, false, true,  NOT_ELIGIBLE, LESS_THAN_1_MONTH"})
    void lessThanOneMonthInPositionIsNotEvaluated_003_5_004_6(ArgumentsAccessor row) {
        assertRow(row);
    }

    @ParameterizedTest(name = "{0}, {3} worked days → {6}")
    @CsvSource({
            "KZ-2025, 2, false, 14, false, false, NOT_ELIGIBLE, FEWER_THAN_15_WORKED_DAYS",
            "KZ-2025, 2, false, 15, false, false, ELIGIBLE,     MEETS_CONDITIONS",
            "KZ-2025, 2, false, 10, false, true,  NOT_ELIGIBLE, FEWER_THAN_15_WORKED_DAYS",
            "KZ-2023, 2, false, 10, false, false, ELIGIBLE,     MEETS_CONDITIONS"})
    void fewerThanFifteenWorkedDaysIsNotEvaluatedInKz2025_004_6(ArgumentsAccessor row) {
        assertRow(row);
    }

    @ParameterizedTest(name = "{0} absent → {6}")
    @CsvSource({
            "KZ-2018,  12, false, 60, true, false, DEFERRED,              ABSENT_EVALUATE_AFTER_RETURN",
            "KZ-2023T, 12, false, 60, true, false, DEFERRED,              ABSENT_EVALUATE_AFTER_RETURN",
            "KZ-2023,  12, false, 60, true, false, WITHOUT_PARTICIPATION, ABSENT",
            "KZ-2025,  12, false, 60, true, false, WITHOUT_PARTICIPATION, ABSENT"})
    void absentIsDeferredIn2018AndEvaluatedWithoutParticipationFrom2023_000_4_003_5(ArgumentsAccessor row) {
        assertRow(row);
    }

    @ParameterizedTest(name = "{0} dismissed → {6}")
    @CsvSource({
            "KZ-2023,  12, false, 60, false, true, WITHOUT_PARTICIPATION, DISMISSED",
            "KZ-2025,  12, false, 60, false, true, WITHOUT_PARTICIPATION, DISMISSED",
            "KZ-2025,  12, false, 60, true,  true, WITHOUT_PARTICIPATION, DISMISSED",
            "KZ-2018,  12, false, 60, false, true, NOT_ELIGIBLE,          DISMISSED_NOT_EVALUATED",
            "KZ-2023T, 12, false, 60, true,  true, NOT_ELIGIBLE,          DISMISSED_NOT_EVALUATED"})
    void dismissedIsEvaluatedWithoutParticipation_003_6_004_7(ArgumentsAccessor row) {
        assertRow(row);
    }

    @Test
    void anUnknownEditionMatchesNoRule() {
        assertThat(DecisionTables.evaluate("evaluation-eligibility", facts("KZ-2030", 12, false, 60, false, false)))
                .isNull();
    }

    private static void assertRow(ArgumentsAccessor row) {
        assertThat(DecisionTables.evaluate("evaluation-eligibility", facts(row.getString(0), row.getInteger(1),
                row.getBoolean(2), row.getInteger(3), row.getBoolean(4), row.getBoolean(5))))
                .containsEntry("eligibility", row.getString(6))
                .containsEntry("reason", row.getString(7));
    }

    private static Map<String, Object> facts(String edition, int months, boolean probation, int workedDays,
            boolean absent, boolean dismissed) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("edition", edition);
        facts.put("monthsInPosition", months);
        facts.put("onProbation", probation);
        facts.put("workedDays", workedDays);
        facts.put("absent", absent);
        facts.put("dismissed", dismissed);
        return facts;
    }
}
