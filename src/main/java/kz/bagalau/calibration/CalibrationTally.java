package kz.bagalau.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The final score of a calibration session, «по большинству голосов членов» (004 §23, 003 §41).
 * Bagalau's documented rule (docs/calibration.md):
 * <ol>
 *   <li>Each member votes KEEP, UP or DOWN; the side with more than half of all votes wins.</li>
 *   <li>KEEP wins, or no side has a majority (possible with 5 or more members, e.g. 2 up, 2 down,
 *       1 keep): the evaluator's score stands — a change needs a majority.</li>
 *   <li>UP or DOWN wins: the final score is the <b>median of the winning side's proposed scores</b>
 *       (an even count takes the mean of the two middle scores), rounded half up to two decimals.
 *       The median keeps one extreme proposal from pulling the result.</li>
 * </ol>
 */
final class CalibrationTally {

    record Vote(VoteChoice choice, BigDecimal proposedScore) {}

    record Result(CalibrationSession.Outcome outcome, BigDecimal finalScore, String note) {}

    private CalibrationTally() {
    }

    static Result of(BigDecimal currentScore, List<Vote> votes) {
        if (votes.isEmpty()) {
            throw new IllegalStateException("No votes to count");
        }
        Map<VoteChoice, Integer> counts = new EnumMap<>(VoteChoice.class);
        for (VoteChoice c : VoteChoice.values()) {
            counts.put(c, 0);
        }
        votes.forEach(v -> counts.merge(v.choice(), 1, Integer::sum));
        String tally = "KEEP " + counts.get(VoteChoice.KEEP) + ", UP " + counts.get(VoteChoice.UP) + ", DOWN "
                + counts.get(VoteChoice.DOWN) + " of " + votes.size();
        VoteChoice winner = counts.entrySet().stream().filter(e -> e.getValue() * 2 > votes.size())
                .map(Map.Entry::getKey).findFirst().orElse(null);
        BigDecimal current = currentScore.setScale(2, RoundingMode.HALF_UP);
        if (winner == null) {
            return new Result(CalibrationSession.Outcome.KEPT, current, tally + ": no majority for a change, the score stands");
        }
        if (winner == VoteChoice.KEEP) {
            return new Result(CalibrationSession.Outcome.KEPT, current, tally + ": the majority keeps the score");
        }
        BigDecimal median = median(votes.stream().filter(v -> v.choice() == winner).map(Vote::proposedScore).toList());
        return new Result(winner == VoteChoice.UP ? CalibrationSession.Outcome.RAISED : CalibrationSession.Outcome.LOWERED,
                median, tally + ": the majority " + (winner == VoteChoice.UP ? "raises" : "lowers")
                        + " the score to the median of its proposals, " + median.toPlainString());
    }

    static BigDecimal median(List<BigDecimal> scores) {
        List<BigDecimal> sorted = scores.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return middle.setScale(2, RoundingMode.HALF_UP);
    }
}
