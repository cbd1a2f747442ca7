package kz.bagalau.notification;

import java.util.Map;

import kz.bagalau.survey.Survey360ReminderDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reminds each 360 respondent who has not answered (003 §35–36; issue 9 item 5): one message of their
 * own, naming neither the other respondents nor how many answered, at most once per survey and person.
 */
@Component
class SurveyReminders {

    static final String TEMPLATE = "survey-reminder";

    private final Notifications notifications;

    SurveyReminders(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(Survey360ReminderDue due) {
        for (String respondent : due.notAnswered()) {
            notifications.sendOnce(TEMPLATE + ":" + due.survey() + ":" + respondent, respondent, TEMPLATE, Map.of());
        }
    }
}
