package kz.bagalau.calibration;

/**
 * A member's vote at a calibration session (004 §23): support the evaluator's score, or argue for a
 * correction up or down with a proposed score.
 */
public enum VoteChoice {
    /** «бағаны қолдау» / «поддержать оценку». */
    KEEP,
    /** «жоғарылату» / «корректировка в сторону повышения». */
    UP,
    /** «төмендету» / «корректировка в сторону понижения». */
    DOWN;

    static VoteChoice parse(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("Choose keep, up or down / Выберите: поддержать, повысить или понизить");
        }
        try {
            return valueOf(value.toString().trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a vote: KEEP, UP or DOWN");
        }
    }
}
