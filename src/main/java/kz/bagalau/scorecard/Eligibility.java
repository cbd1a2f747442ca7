package kz.bagalau.scorecard;

/** Whether a servant is evaluated in a period: the output {@code eligibility} of DMN {@code evaluation-eligibility}. */
public enum Eligibility {
    /** Evaluated in the usual deadlines. */
    ELIGIBLE,
    /** Not evaluated in this period; the reason says why. */
    NOT_ELIGIBLE,
    /** Evaluated within 5 WD after returning to work (000 §4). */
    DEFERRED,
    /** Evaluated in the usual deadlines without the servant; acquainted by a recorded external channel (003 §5–6, 004 §7). */
    WITHOUT_PARTICIPATION;

    /** Whether scores are taken in this period (now or after the servant's return). */
    public boolean evaluated() {
        return this != NOT_ELIGIBLE;
    }
}
