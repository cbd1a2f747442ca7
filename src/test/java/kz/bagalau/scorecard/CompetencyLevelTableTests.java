package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN {@code competency-level}: 3/4 of the behavioural indicators observed (000 §26–27). */
class CompetencyLevelTableTests {

    @Test
    void threeOfFourIndicatorsMeetTheExpectedResult_000_27() {
        assertThat(level(3, 4)).isEqualTo("MEETS");
    }

    @Test
    void twoOfFourIndicatorsDoNotMeetTheExpectedResult_000_27() {
        assertThat(level(2, 4)).isEqualTo("DOES_NOT_MEET");
    }

    @Test
    void everyThresholdFromOneToTenIndicatorsIsThreeQuarters_000_26_27() {
        for (int total = 1; total <= 10; total++) {
            for (int observed = 0; observed <= total; observed++) {
                String expected = 4 * observed >= 3 * total ? "MEETS" : "DOES_NOT_MEET";
                assertThat(level(observed, total)).as("%d of %d", observed, total).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest(name = "{0} of {1} has no level")
    @CsvSource({"0, 0", "11, 11", "5, 4", "-1, 4", "8, 12"})
    void impossibleCountsGetNoLevel(int observed, int total) {
        assertThat(DecisionTables.evaluate("competency-level", Map.of("observed", observed, "total", total))).isNull();
    }

    private static Object level(int observed, int total) {
        return DecisionTables.output("competency-level", "level", Map.of("observed", observed, "total", total));
    }
}
