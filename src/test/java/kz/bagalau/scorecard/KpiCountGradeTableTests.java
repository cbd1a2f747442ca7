package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN {@code kpi-count-grade}: the yearly KPI sheet's grade by achieved KPIs (000 §18, 002 §49). */
class KpiCountGradeTableTests {

    @ParameterizedTest(name = "{0}: {1} achieved → {2}")
    @CsvSource({
            "KZ-2018, 5, EXCELLENT",
            "KZ-2018, 4, EFFECTIVE",
            "KZ-2018, 3, SATISFACTORY",
            "KZ-2018, 2, UNSATISFACTORY",
            "KZ-2018, 0, UNSATISFACTORY",
            "KZ-2023T, 5, EFFECTIVE",
            "KZ-2023T, 4, PROPER",
            "KZ-2023T, 3, SATISFACTORY",
            "KZ-2023T, 2, UNSATISFACTORY",
            "KZ-2023T, 0, UNSATISFACTORY"})
    void gradeFollowsTheNumberOfAchievedKpis_000_18_002_49(String edition, int achieved, String grade) {
        assertThat(DecisionTables.output("kpi-count-grade", "grade", Map.of("edition", edition, "achievedKpis", achieved)))
                .isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0}: {1} achieved has no grade")
    @CsvSource({"KZ-2018, 6", "KZ-2018, -1", "KZ-2023T, 6", "KZ-2025, 5", "KZ-2023, 4"})
    void countOutsideZeroToFiveOrAQuarterlyEditionGetsNoGrade(String edition, int achieved) {
        assertThat(DecisionTables.evaluate("kpi-count-grade", Map.of("edition", edition, "achievedKpis", achieved)))
                .isNull();
    }
}
