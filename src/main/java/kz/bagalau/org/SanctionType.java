package kz.bagalau.org;

/**
 * Disciplinary sanctions («тәртіптік жаза» / «дисциплинарное взыскание»). In KZ-2025 a sanction
 * in the quarter caps the score (004 appendices 1–2, DMN {@code disciplinary-cap}); the name is
 * passed to the table as its {@code sanction} input.
 */
public enum SanctionType {
    REMARK,
    REPRIMAND,
    SEVERE_REPRIMAND,
    WARNING_INCOMPLETE_COMPLIANCE,
    DEMOTION,
    /** Any other sanction, including for offences discrediting the civil service. */
    OTHER
}
