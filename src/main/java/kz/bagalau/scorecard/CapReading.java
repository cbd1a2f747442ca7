package kz.bagalau.scorecard;

/**
 * What the disciplinary cap of 004 appendices 1–2 limits: the seed puts it in the explanation of
 * parameter 5 but words it as a limit on "the score". Output {@code capAppliesTo} of DMN
 * {@code disciplinary-cap}, so a process owner can switch the reading in Modeler.
 */
public enum CapReading {
    /** The sheet's average may not exceed the cap (the default, methodology.md). */
    RESULT,
    /** Only the score of parameter 5 may not exceed the cap; integer scores make that 2 for 2.99 and 1 for 1.99. */
    PARAMETER_5
}
