package kz.bagalau.plan;

import java.util.Date;

import kz.bagalau.web.InvalidTaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Reads the yearly processes' variables (organisation, servant, year, planId, sheetId) and who acts on a task. */
final class YearVariables {

    private YearVariables() {
    }

    static String organisation(VariableScope scope) {
        return (String) scope.getVariable("organisation");
    }

    static String servant(VariableScope scope) {
        return (String) scope.getVariable("servant");
    }

    static int year(VariableScope scope) {
        return ((Number) scope.getVariable("year")).intValue();
    }

    static long id(VariableScope scope, String name) {
        return ((Number) scope.getVariable(name)).longValue();
    }

    static Date now() {
        return ClockUtil.getCurrentTime();
    }

    /** The logged-in user completing the task; the assignee when the engine is driven without a user (tests). */
    static String actor(DelegateTask task) {
        Authentication a = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return a == null || a.getUserId() == null ? task.getAssignee() : a.getUserId();
    }

    /** Only the assignee may complete an assigned task. */
    static String requireAssignee(DelegateTask task, String what) {
        String actor = actor(task);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor)) {
            throw new InvalidTaskInput("Only " + task.getAssignee() + " may " + what);
        }
        return actor;
    }

    /** Sets a variable on the process instance, so gateways and later tasks see it. */
    static void set(DelegateTask task, String name, Object value) {
        task.getExecution().getProcessInstance().setVariable(name, value);
    }
}
