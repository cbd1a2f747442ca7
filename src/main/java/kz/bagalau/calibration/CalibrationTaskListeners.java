package kz.bagalau.calibration;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;

import kz.bagalau.security.CurrentUser;
import kz.bagalau.web.InvalidTaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The completion listeners and small delegates of {@code calibration-session}. Each maps variables to a
 * {@link CalibrationSessions} call; bad input becomes {@link InvalidTaskInput} (HTTP 400 through
 * /engine-rest, the task stays open, nothing is saved).
 */
@Configuration(proxyBeanMethods = false)
class CalibrationTaskListeners {

    /** {@code Task_DecideComposition}: the authorized person's decision and composition (004 §20, 003 §38). */
    @Bean
    TaskListener calibrationCompositionApproved(CalibrationSessions sessions, CurrentUser user) {
        return task -> InvalidTaskInput.guard(() -> {
            requireAssignee(task, user, "approve the composition");
            CalibrationSession s = sessions.approveComposition(sessionId(task), task.getVariable("composition"),
                    user.idOrSystem());
            task.getExecution().getProcessInstance().setVariable("members", new ArrayList<>(s.getMembers()));
            task.getExecution().getProcessInstance().setVariable("membersText", String.join(", ", s.getMembers()));
        });
    }

    /** {@code Task_OrganiseSession}: HR sets the date and place and notifies the members (004 §22). */
    @Bean
    TaskListener calibrationSessionOrganised(CalibrationSessions sessions, CurrentUser user) {
        return task -> InvalidTaskInput.guard(() -> {
            if (!Boolean.TRUE.equals(task.getVariable("membersNotified"))) {
                throw new InvalidTaskInput("Confirm that the members were notified / Подтвердите уведомление членов");
            }
            CalibrationSession s = sessions.organise(sessionId(task), date(task, "heldOn"),
                    (String) task.getVariable("place"), user.idOrSystem());
            task.getExecution().getProcessInstance().setVariable("heldOn", s.getHeldOn().toString());
        });
    }

    /** {@code Task_PresentEvaluation}: the evaluator's summary and argument (004 §23). */
    @Bean
    TaskListener calibrationEvaluationPresented(CalibrationSessions sessions, CurrentUser user) {
        return task -> InvalidTaskInput.guard(() -> {
            requireAssignee(task, user, "present the evaluation");
            sessions.present(sessionId(task), (String) task.getVariable("presentation"), task.getAssignee());
        });
    }

    /** {@code Task_Vote}: one member's vote; the variables are local to the member's instance. */
    @Bean
    TaskListener calibrationVoteCast(CalibrationSessions sessions, CurrentUser user) {
        return task -> InvalidTaskInput.guard(() -> {
            requireAssignee(task, user, "cast this vote");
            sessions.castVote(sessionId(task), task.getAssignee(), task.getVariable("vote"),
                    task.getVariable("proposedScore"), (String) task.getVariable("voteArgument"));
        });
    }

    /** {@code Task_SignProtocol}: the day the members signed the protocol; posting is due 3 WD later. */
    @Bean
    TaskListener calibrationProtocolSigned(CalibrationSessions sessions) {
        return task -> InvalidTaskInput.guard(() -> {
            ZoneId zone = ZoneId.of((String) task.getVariable("timeZone"));
            CalibrationSession s = sessions.sign(sessionId(task), date(task, "signedOn"),
                    LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone));
            task.getExecution().getProcessInstance().setVariable("protocolSignedOn", s.getProtocolSignedOn().toString());
        });
    }

    /** {@code Task_PostProtocol}: HR placed the protocol in the information system (003 §41, 004 §23). */
    @Bean
    TaskListener calibrationProtocolPosted(CalibrationSessions sessions, CurrentUser user) {
        return task -> InvalidTaskInput.guard(() -> {
            if (!Boolean.TRUE.equals(task.getVariable("protocolPosted"))) {
                throw new InvalidTaskInput("Confirm that the protocol is posted / Подтвердите размещение протокола");
            }
            sessions.post(sessionId(task), user.idOrSystem());
        });
    }

    /** {@code Task_FeedbackMeeting}: the evaluator's notes of the meeting (003 §42, 004 §24). */
    @Bean
    TaskListener calibrationFeedbackRecorded(CalibrationSessions sessions, CurrentUser user) {
        return task -> InvalidTaskInput.guard(() -> {
            requireAssignee(task, user, "record the feedback meeting");
            sessions.recordFeedback(sessionId(task), task.getAssignee(), date(task, "metOn"),
                    (String) task.getVariable("achievements"), (String) task.getVariable("development"),
                    (String) task.getVariable("potential"));
        });
    }

    /** {@code Task_TallyVotes}: the majority's score and its grade (DMN {@code grade-band}). */
    @Bean
    JavaDelegate tallyCalibrationVotes(CalibrationSessions sessions) {
        return execution -> {
            CalibrationSession s = sessions.tally(sessionId(execution));
            execution.setVariable("outcome", s.getOutcome().name());
            execution.setVariable("finalScore", s.getFinalScore().toPlainString());
            execution.setVariable("finalGrade", s.getFinalGrade().name());
            execution.setVariable("finalGradeText", s.getFinalGrade().kazakh() + " / " + s.getFinalGrade().russian());
            execution.setVariable("tallyNote", s.getTallyNote());
        };
    }

    /** {@code Task_ApplyFinalScore}: the quarterly result replaced, the yearly grade formed again. */
    @Bean
    JavaDelegate applyCalibratedScore(CalibrationSessions sessions) {
        return execution -> sessions.applyFinalScore(sessionId(execution));
    }

    private static Long sessionId(VariableScope scope) {
        return ((Number) scope.getVariable("sessionId")).longValue();
    }

    /** A date field: a Date or ISO text ("2026-04-01", as Camunda Forms submit it); {@code null} when empty. */
    static LocalDate date(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), ZoneId.of((String) task.getVariable("timeZone")));
        }
        String text = value.toString();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** Only the assignee may complete it; the engine itself (tests, jobs) runs without a user. */
    private static void requireAssignee(DelegateTask task, CurrentUser user, String what) {
        if (user.id() != null && !user.id().equals(task.getAssignee())) {
            throw new InvalidTaskInput("Only " + task.getAssignee() + " may " + what);
        }
    }
}
