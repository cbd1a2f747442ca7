package kz.bagalau.quarterly;

import java.time.ZoneId;

import kz.bagalau.acquaintance.Acquaintances;
import kz.bagalau.calibration.CalibrationApplications;
import kz.bagalau.scorecard.EvaluationForm;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.scorecard.ScoreSheet;
import kz.bagalau.security.ConfidentialVariables;
import kz.bagalau.web.InvalidTaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The completion listeners of the quarterly evaluation's user tasks. Each maps the submitted
 * variables to a service call; bad input becomes {@link InvalidTaskInput} (HTTP 400, the task stays open).
 */
@Configuration(proxyBeanMethods = false)
class QuarterlyTaskListeners {

    /**
     * {@code Task_Score}: one evaluator's sheet, validated and stored (004 appendices 1-2, 003 §32). The scores and
     * comments then leave the process (003 §15): they live in the result table only, behind {@code /api}.
     */
    @Bean
    TaskListener scoreSheetSubmitted(QuarterlyResults results, ConfidentialVariables confidential) {
        return task -> InvalidTaskInput.guard(() -> {
            requireAssignee(task, "fill this evaluation sheet");
            EvaluationForm form = EvaluationForm.valueOf((String) task.getVariable("evaluationForm"));
            results.submitSheet(QuarterVariables.ref(task), ScoreSheet.fromVariables(task.getAssignee(), form,
                    task.getVariables()));
            confidential.forget(task);
        });
    }

    /** {@code Task_AcknowledgeResult}: the servant read the result in Tasklist (003 §11, 004 §10). */
    @Bean
    TaskListener resultAcknowledged(Acquaintances acquaintances) {
        return task -> InvalidTaskInput.guard(() -> {
            requireAssignee(task, "acknowledge this result");
            if (!Boolean.TRUE.equals(task.getVariable("acknowledged"))) {
                throw new InvalidTaskInput("Tick \"С результатом ознакомлен(а) / Нәтижемен таныстым\" to confirm");
            }
            acquaintances.inTasklist(task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(),
                    task.getAssignee());
            task.getExecution().getProcessInstance().setVariable("acknowledgedAt", ClockUtil.getCurrentTime());
        });
    }

    /** {@code Task_RecordExternalAcquaintance}: HR sent the result by a channel that records delivery. */
    @Bean
    TaskListener externalAcquaintanceRecorded(Acquaintances acquaintances) {
        return task -> InvalidTaskInput.guard(() -> {
            ZoneId zone = ZoneId.of((String) task.getVariable("timeZone"));
            acquaintances.byExternalChannel(task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(),
                    QuarterVariables.servant(task), (String) task.getVariable("channel"),
                    QuarterVariables.date(task, "deliveredOn", zone), (String) task.getVariable("deliveryProof"),
                    currentUser(task) == null ? "system" : currentUser(task));
        });
    }

    /** {@code Task_CalibrationWindow}: accept the result, or apply for a calibration session (003 §12, 004 §11). */
    @Bean
    TaskListener calibrationWindowAnswered(CalibrationApplications applications) {
        return task -> InvalidTaskInput.guard(() -> {
            requireAssignee(task, "apply for calibration");
            boolean apply = Boolean.TRUE.equals(task.getVariable("applyForCalibration"));
            if (apply) {
                Quarter q = QuarterVariables.quarter(task);
                applications.apply(QuarterVariables.organisation(task), QuarterVariables.servant(task), q.year(),
                        q.quarter(), task.getExecution().getProcessBusinessKey(),
                        (String) task.getVariable("calibrationReason"), task.getDueDate());
            }
            task.getExecution().getProcessInstance().setVariable("applyForCalibration", apply);
        });
    }

    /** Only the assignee may complete it; tests and engine-internal calls run without a user. */
    private static void requireAssignee(DelegateTask task, String what) {
        String user = currentUser(task);
        if (user != null && !user.equals(task.getAssignee())) {
            throw new InvalidTaskInput("Only " + task.getAssignee() + " may " + what);
        }
    }

    private static String currentUser(DelegateTask task) {
        Authentication a = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return a == null ? null : a.getUserId();
    }
}
