package kz.bagalau.survey;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import kz.bagalau.web.InvalidTaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The completion listeners of {@code survey-360}'s user tasks. Answers submitted in Tasklist are taken out of
 * the engine here: read, removed (so they never persist) and handed to {@link Surveys360} without the
 * respondent's name. Bad input is {@link InvalidTaskInput} (HTTP 400, the task stays open, nothing is stored).
 */
@Configuration(proxyBeanMethods = false)
class SurveyTaskListeners {

    /** {@code Task_Respond}: one respondent's anonymous questionnaire (003 §33-35). */
    @Bean
    TaskListener surveyRespondentAnswered(Surveys360 surveys) {
        return task -> questionnaire(task, key -> surveys.requireAnswered(key, task.getAssignee()),
                (key, ratings) -> surveys.answer(key, task.getAssignee(), ratings));
    }

    /** {@code Task_SelfAssessment}: the servant's own ratings, not counted (003 §35). */
    @Bean
    TaskListener surveySelfAssessed(Surveys360 surveys) {
        return task -> questionnaire(task, surveys::requireSelfAssessed,
                (key, ratings) -> surveys.selfAssess(key, task.getAssignee(), ratings));
    }

    /**
     * A questionnaire submitted by its assignee: the answers taken out of the engine and handed on, or — with
     * none submitted — the check that they were given through {@code /api}.
     */
    private static void questionnaire(DelegateTask task, Consumer<String> noAnswers,
                                      BiConsumer<String, Map<Competency, Integer>> answered) {
        InvalidTaskInput.guard(() -> {
            requireAssignee(task);
            Map<String, Object> answers = takeAnswers(task);
            String key = task.getExecution().getProcessBusinessKey();
            if (answers.isEmpty()) {
                noAnswers.accept(key);
            } else {
                answered.accept(key, Ratings.fromVariables(answers, isHead(task)));
            }
        });
    }

    /** {@code Task_DecideTooFew}: HR names 3 to 7 respondents, or decides the survey is not held (003 §35). */
    @Bean
    TaskListener surveyTooFewDecided(Surveys360 surveys) {
        return task -> InvalidTaskInput.guard(() -> {
            String decision = (String) task.getVariable("decision");
            if (!"PROCEED".equals(decision) && !"NOT_HELD".equals(decision)) {
                throw new InvalidTaskInput("Choose \"Жалғастыру / Продолжить\" or \"Өткізілмейді / Не проводится\"");
            }
            boolean proceed = "PROCEED".equals(decision);
            Object named = task.getVariable("respondentLogins");
            List<String> logins = named == null ? List.of() : Arrays.asList(named.toString().split("[,;\\s]+"));
            List<String> chosen = surveys.decide(task.getExecution().getProcessBusinessKey(), proceed, logins,
                    (String) task.getVariable("decisionReason"), currentUserOr(task, "system"));
            task.getExecution().getProcessInstance().setVariable("held", proceed);
            if (proceed) {
                task.getExecution().getProcessInstance().setVariable("respondents", new java.util.ArrayList<>(chosen));
                task.getExecution().getProcessInstance().setVariable("questionnaireOpenedAt", ClockUtil.getCurrentTime());
            }
        });
    }

    /** {@code Task_FeedbackMeeting}: HR records that feedback on the 360 results was given (003 §36). */
    @Bean
    TaskListener surveyFeedbackRecorded(Surveys360 surveys) {
        return task -> InvalidTaskInput.guard(() -> {
            if (!Boolean.TRUE.equals(task.getVariable("feedbackGiven"))) {
                throw new InvalidTaskInput("Tick \"Кері байланыс берілді / Обратная связь дана\" to confirm");
            }
            Object notes = task.getVariable("meetingNotes");
            surveys.recordFeedback(task.getExecution().getProcessBusinessKey(), notes == null ? "" : notes.toString(),
                    currentUserOr(task, "system"));
        });
    }

    /** Reads and removes every answer variable: created and deleted in one command, they are never written. */
    static Map<String, Object> takeAnswers(DelegateTask task) {
        Map<String, Object> answers = new HashMap<>();
        for (String name : task.getVariableNames()) {
            if (name.startsWith(Ratings.PREFIX)) {
                answers.put(name, task.getVariable(name));
            }
        }
        answers.keySet().forEach(task::removeVariable);
        return answers;
    }

    private static boolean isHead(DelegateTask task) {
        return Boolean.TRUE.equals(task.getVariable("head"));
    }

    /** Only the assignee answers; engine-internal completions (the /api path) run without a user. */
    private static void requireAssignee(DelegateTask task) {
        String user = currentUserOr(task, null);
        if (user != null && !user.equals(task.getAssignee())) {
            throw new InvalidTaskInput("Only the person asked may answer this questionnaire");
        }
    }

    private static String currentUserOr(DelegateTask task, String fallback) {
        Authentication a = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return a == null ? fallback : a.getUserId();
    }
}
