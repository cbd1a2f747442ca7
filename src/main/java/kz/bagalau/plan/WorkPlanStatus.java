package kz.bagalau.plan;

/** Where an individual work plan stands (000 §9-12). */
public enum WorkPlanStatus {
    /** Opened; the direct supervisor drafts it. */
    DRAFTING,
    /** Submitted to the superior supervisor (or the first head) for approval (000 §10-11). */
    SUBMITTED,
    /** Returned for correction with a reason (000 §12). */
    RETURNED,
    /** Approved («БЕКІТЕМІН»): read-only from now on. */
    APPROVED
}
