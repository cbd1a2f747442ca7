package kz.bagalau.calibration;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

/**
 * The visible flag of a missed deadline: a Camunda incident of type {@value #TYPE} on the activity still open
 * when its deadline passed, so that Cockpit shows it on the instance and in the incident list. Fired by a
 * non-interrupting boundary timer ({@code BoundaryEvent_*Overdue}) whose path runs this delegate with the input
 * {@code overdueActivity} (the id the timer is attached to) and {@code deadline} (the rule, for the message).
 * The incident lives on that activity's execution and disappears when the activity completes.
 * <p>
 * Deliberately small and local to the calibration session: the generic overdue mechanism of
 * {@code kz.bagalau.oversight} (another issue) replaces it — swap the delegate expression of the
 * {@code Task_Flag*Overdue} service tasks.
 */
@Component("calibrationDeadlineOverdue")
class DeadlineOverdueIncident implements JavaDelegate {

    static final String TYPE = "deadline-overdue";

    @Override
    public void execute(DelegateExecution execution) {
        String activityId = (String) execution.getVariable("overdueActivity");
        String deadline = (String) execution.getVariable("deadline");
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        ActivityInstance tree = runtime.getActivityInstance(execution.getProcessInstanceId());
        List<String> executionIds = new ArrayList<>();
        for (ActivityInstance open : tree.getActivityInstances(activityId)) {
            executionIds.addAll(List.of(open.getExecutionIds()));
        }
        for (String executionId : executionIds) {
            runtime.createIncident(TYPE, executionId, activityId,
                    "Мерзімі өтті / Срок истёк: " + deadline + " (" + execution.getProcessBusinessKey() + ")");
        }
    }
}
