package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DMN {@code disciplinary-cap}: the caps of 004 appendices 1–2, parameter 5. */
class DisciplinaryCapTableTests {

    @Test
    void noSanctionLeavesTheScoreUncappedAtFive_004_app1() {
        assertThat(cap("NONE")).containsEntry("maxScore", 5.0).containsEntry("capAppliesTo", "RESULT");
    }

    @ParameterizedTest(name = "{0} caps at 2.99")
    @ValueSource(strings = {"REMARK", "REPRIMAND", "SEVERE_REPRIMAND"})
    void remarkReprimandAndSevereReprimandCapAt299_004_app1(String sanction) {
        assertThat(cap(sanction)).containsEntry("maxScore", 2.99).containsEntry("capAppliesTo", "RESULT");
    }

    @ParameterizedTest(name = "{0} caps at 1.99")
    @CsvSource({"WARNING_INCOMPLETE_COMPLIANCE", "DEMOTION", "DISMISSAL", "OTHER"})
    void anyOtherSanctionCapsAt199_004_app2(String sanction) {
        assertThat(cap(sanction)).containsEntry("maxScore", 1.99).containsEntry("capAppliesTo", "RESULT");
    }

    private static Map<String, Object> cap(String sanction) {
        return DecisionTables.evaluate("disciplinary-cap", Map.of("sanction", sanction));
    }
}
