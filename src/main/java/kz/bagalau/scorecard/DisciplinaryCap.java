package kz.bagalau.scorecard;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cap for a disciplinary sanction («тәртіптік жаза» / «дисциплинарное взыскание») in the
 * evaluated quarter (004 app.1/2): the highest allowed score and what it limits.
 */
public record DisciplinaryCap(BigDecimal maxScore, CapReading appliesTo) {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    /** No sanction: nothing is capped. */
    public static final DisciplinaryCap NONE = new DisciplinaryCap(FIVE, CapReading.RESULT);

    public DisciplinaryCap {
        Objects.requireNonNull(maxScore, "maxScore");
        Objects.requireNonNull(appliesTo, "appliesTo");
    }

    /** Whether the cap can lower anything at all. */
    public boolean limits() {
        return maxScore.compareTo(FIVE) < 0;
    }
}
