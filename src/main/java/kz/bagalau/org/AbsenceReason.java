package kz.bagalau.org;

/**
 * Why a servant is away (000 §4, 002 §5, 003 §5): the reasons the methodology names for
 * deferring an evaluation (KZ-2018) or evaluating without participation (KZ-2023, KZ-2025).
 */
public enum AbsenceReason {
    /** Annual paid leave. */
    ANNUAL_LEAVE,
    /** Leave without pay. */
    UNPAID_LEAVE,
    /** Social leave (maternity, child care): the 3-month rule restarts after it (000 §4). */
    SOCIAL_LEAVE,
    SICK_LEAVE,
    BUSINESS_TRIP,
    INTERNSHIP,
    RETRAINING,
    /** Study: the 3-month rule restarts after it (000 §4). */
    STUDY
}
