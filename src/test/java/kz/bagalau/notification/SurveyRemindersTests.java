package kz.bagalau.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.survey.Survey360ReminderDue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** 360 respondents who have not answered get one reminder each, in their language, naming nobody else. */
@BagalauBootTest
class SurveyRemindersTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired Notifications notifications;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void eachRespondentWhoHasNotAnsweredIsRemindedOnce() {
        var due = new Survey360ReminderDue("alatau/360/al.org.spec1/2026", "al.org.spec1",
                List.of("al.org.spec2", "al.law.spec1"));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> events.publishEvent(due));
        tx.executeWithoutResult(s -> events.publishEvent(due));

        for (String respondent : due.notAnswered()) {
            var reminders = notifications.sentTo(respondent).stream()
                    .filter(n -> n.templateKey().equals(SurveyReminders.TEMPLATE)).toList();
            assertThat(reminders).as(respondent).hasSize(1);
            assertThat(reminders.get(0).body()).doesNotContain("al.org.spec1", "al.org.spec2", "al.law.spec1");
        }
        assertThat(notifications.sentTo("al.org.spec1")).noneMatch(n -> n.templateKey().equals(SurveyReminders.TEMPLATE));
    }
}
