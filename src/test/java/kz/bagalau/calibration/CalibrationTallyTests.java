package kz.bagalau.calibration;

import static kz.bagalau.calibration.VoteChoice.DOWN;
import static kz.bagalau.calibration.VoteChoice.KEEP;
import static kz.bagalau.calibration.VoteChoice.UP;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The documented reduction rule of the final score (004 §23; docs/calibration.md), without the engine. */
class CalibrationTallyTests {

    static CalibrationTally.Vote v(VoteChoice c, String score) {
        return new CalibrationTally.Vote(c, new BigDecimal(score));
    }

    static final BigDecimal CURRENT = new BigDecimal("3.00");

    @Test
    void aMajorityToKeepKeepsTheScore() {
        var r = CalibrationTally.of(CURRENT, List.of(v(KEEP, "3.00"), v(KEEP, "3.00"), v(DOWN, "1.00")));
        assertThat(r.outcome()).isEqualTo(CalibrationSession.Outcome.KEPT);
        assertThat(r.finalScore()).isEqualByComparingTo("3.00");
    }

    @Test
    void aMajorityToLowerTakesTheMedianOfItsProposals_evenCountMeanOfTheMiddleTwo() {
        var r = CalibrationTally.of(CURRENT, List.of(v(DOWN, "2.50"), v(DOWN, "2.81"), v(KEEP, "3.00")));
        assertThat(r.outcome()).isEqualTo(CalibrationSession.Outcome.LOWERED);
        assertThat(r.finalScore()).isEqualByComparingTo("2.66"); // (2.50 + 2.81) / 2 = 2.655, half up
    }

    @Test
    void aMajorityToRaiseTakesTheMedian_oneExtremeProposalDoesNotPullIt() {
        var r = CalibrationTally.of(CURRENT, List.of(v(UP, "3.20"), v(UP, "3.40"), v(UP, "5.00"), v(KEEP, "3.00"),
                v(DOWN, "2.00")));
        assertThat(r.outcome()).isEqualTo(CalibrationSession.Outcome.RAISED);
        assertThat(r.finalScore()).isEqualByComparingTo("3.40");
    }

    @Test
    void withoutAMajorityForAChangeTheScoreStands() {
        var r = CalibrationTally.of(CURRENT, List.of(v(UP, "4.00"), v(UP, "4.00"), v(DOWN, "2.00"), v(DOWN, "2.00"),
                v(KEEP, "3.00")));
        assertThat(r.outcome()).isEqualTo(CalibrationSession.Outcome.KEPT);
        assertThat(r.note()).contains("no majority");
    }
}
