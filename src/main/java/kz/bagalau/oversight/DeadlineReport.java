package kz.bagalau.oversight;

import java.time.Instant;
import java.util.List;

/**
 * The deadline dashboard of one organisation and period: per process step how many tasks are open on
 * time, open overdue, done, and done late; and every overdue task.
 */
public record DeadlineReport(String organisation, String period, Instant asOf, List<Step> steps,
                             List<OverdueTask> overdueTasks) {

    /** One step: a user task definition of a process. */
    public record Step(String processDefinitionKey, String taskDefinitionKey, String taskName, long onTime,
                       long overdue, long done, long doneLate) {
    }

    /** An open task past its due date; {@code daysOverdue} counts started days since the due date. */
    public record OverdueTask(String taskId, String taskName, String processDefinitionKey, String taskDefinitionKey,
                              String businessKey, String assignee, String assigneeName, Instant dueDate,
                              long daysOverdue) {
    }
}
