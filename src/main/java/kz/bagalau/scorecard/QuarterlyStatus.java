package kz.bagalau.scorecard;

/** Where a servant's quarterly evaluation stands. */
public enum QuarterlyStatus {
    /** Not eligible in this quarter; the eligibility reason says why. */
    NOT_EVALUATED,
    /** Absent; evaluated after returning to work (000 §4). */
    DEFERRED,
    /** Eligible; the evaluators' sheets are being filled. */
    AWAITING_SCORES,
    /** Average, cap and grade computed from the sheets. */
    GRADED,
    /** The final score was set by a calibration session (003 §41, 004 §23). */
    CALIBRATED
}
