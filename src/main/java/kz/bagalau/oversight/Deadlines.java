package kz.bagalau.oversight;

/**
 * Names that models and administrators meet: the incident type of an overdue task
 * («мерзімі өткен тапсырма» / «просроченная задача») and the BPMN extension property that
 * says whom to escalate to.
 */
public final class Deadlines {

    /** Incident type raised on a user task's execution when the task passes its due date. */
    public static final String OVERDUE_INCIDENT_TYPE = "deadline-overdue";

    /**
     * Extension property ({@code camunda:properties}) on a user task or on the process: a comma list of
     * {@code supervisor}, {@code hr}, or {@code none}. The task's value wins over the process's; without
     * either, {@code bagalau.oversight.escalate-to} applies.
     */
    public static final String ESCALATE_TO_PROPERTY = "bagalau.escalateTo";

    private Deadlines() {
    }
}
