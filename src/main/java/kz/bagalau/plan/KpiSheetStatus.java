package kz.bagalau.plan;

/** Where a yearly KPI sheet stands (000 §17-24). */
public enum KpiSheetStatus {
    /** Not evaluated this year (000 §4: under 3 months in the position, probation, dismissal). */
    NOT_EVALUATED,
    /** Absent at evaluation time: evaluated within 5 working days after returning (000 §4). */
    DEFERRED,
    /** The direct supervisor fills the sheet. */
    FILLING,
    /** Filled and signed by the direct supervisor, with the superior (or the first head) (000 §19-20). */
    SUBMITTED,
    /** Returned for correction: the facts proving achievement are insufficient or unreliable (000 §22). */
    RETURNED,
    /** The superior agreed and signed (000 §21); HR hands it to the commission within 2 working days (000 §24). */
    AGREED,
    /** HR handed the KPI and competency sheets to the commission: what {@code commission-meeting} picks up. */
    HANDED_TO_COMMISSION
}
