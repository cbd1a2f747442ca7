package kz.bagalau.survey;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code survey-360}: thin mappings of variables to {@link Surveys360}. */
@Configuration(proxyBeanMethods = false)
class SurveyDelegates {

    /** {@code Task_SelectRespondents}: the rule of 003 §35; too few → HR decides. */
    @Bean
    JavaDelegate selectSurveyRespondents(Surveys360 surveys) {
        return execution -> {
            RespondentSelection.Proposal proposal = surveys.select(execution.getProcessBusinessKey());
            execution.setVariable("respondents", new ArrayList<>(proposal.logins()));
            execution.setVariable("enoughRespondents", proposal.enough());
            execution.setVariable("selectionProblem", proposal.enough() ? "" : proposal.problem());
            execution.setVariable("proposedRespondents", String.join(", ", proposal.logins()));
            execution.setVariable("selectedAt", ClockUtil.getCurrentTime());
            execution.setVariable("questionnaireOpenedAt", ClockUtil.getCurrentTime());
        };
    }

    /**
     * {@code Task_RemindRespondents}: publishes {@link Survey360ReminderDue} for those who have not answered.
     * The notification feature sends each of them a message of their own; nobody learns who else answered.
     */
    @Bean
    JavaDelegate remindSurveyRespondents(Surveys360 surveys, ApplicationEventPublisher events) {
        return execution -> {
            String key = execution.getProcessBusinessKey();
            events.publishEvent(new Survey360ReminderDue(key, (String) execution.getVariable("servant"),
                    surveys.notAnswered(key)));
        };
    }

    /** {@code Task_CompileReport}: closes the questionnaire; results only from 3 answers (003 §36). */
    @Bean
    JavaDelegate compileSurveyReport(Surveys360 surveys) {
        return execution -> {
            Report360 report = surveys.close(execution.getProcessBusinessKey());
            execution.setVariable("resultsShown", !report.withheld());
            execution.setVariable("answeredCount", report.answered());
            execution.setVariable("trainingTopics", report.withheld() ? "" : report.trainingTopics());
            execution.setVariable("withheldReason", report.withheld() ? report.withheldReason() : "");
            execution.setVariable("reportedAt", ClockUtil.getCurrentTime());
        };
    }
}
