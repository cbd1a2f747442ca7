package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DMN {@code grade-band}: the score bands of 003 §7 and 004 §8 at every boundary. */
class GradeBandTableTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0.00, UNSATISFACTORY",
            "1.00, UNSATISFACTORY",
            "1.99, UNSATISFACTORY",
            "2.00, SATISFACTORY",
            "2.50, SATISFACTORY",
            "2.99, SATISFACTORY",
            "3.00, PROPER",
            "3.80, PROPER",
            "3.99, PROPER",
            "4.00, EFFECTIVE",
            "4.50, EFFECTIVE",
            "5.00, EFFECTIVE"})
    void scoreFallsInTheBandOfTheMethodology_003_7_004_8(double score, String grade) {
        assertThat(DecisionTables.output("grade-band", "grade", Map.of("score", score))).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0} has no grade")
    @ValueSource(doubles = {-1, -0.01, 5.01, 6, 100})
    void scoreOutsideZeroToFiveGetsNoGrade(double score) {
        assertThat(DecisionTables.evaluate("grade-band", Map.of("score", score))).isNull();
    }
}
