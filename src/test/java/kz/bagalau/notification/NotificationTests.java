package kz.bagalau.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.support.BagalauMailTest;
import kz.bagalau.support.GreenMailInitializer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

/** Mails reach a real SMTP server in the servant's language, every one is recorded, failures are visible. */
@BagalauMailTest
class NotificationTests {

    @Autowired Notifications notifications;
    @Autowired MailOutbox outbox;
    @Autowired NotificationStore store;
    @Autowired ObjectProvider<JavaMailSender> mailSender;
    @Autowired OrganisationModel model;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    GreenMail smtp = GreenMailInitializer.smtp();

    @BeforeEach
    void setUp() throws Exception {
        repositoryService.createDeployment().name("oversight-tests").enableDuplicateFiltering(true)
                .addClasspathResource("bpmn-test/oversight/oversight-deadline.bpmn").deploy();
        outbox.processDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Test
    void anAssignedTaskIsMailedInTheServantsLanguageWithTheTasklistLink() throws Exception {
        Servant kk = demoServant("kk");
        Servant ru = demoServant("ru");
        Task kkTask = taskOf(start(kk.getLogin()));
        Task ruTask = taskOf(start(ru.getLogin()));

        assertThat(outbox.processDue()).isGreaterThanOrEqualTo(2);

        MimeMessage toKk = onlyMailTo(kk.getEmail());
        assertThat(toKk.getSubject()).isEqualTo("Жаңа тапсырма: Жоспарды қарау / Рассмотрение плана");
        assertThat(body(toKk)).contains("Құрметті " + kk.getFullNameKk(),
                GreenMailInitializer.BASE_URL + "/camunda/app/tasklist/default/#/?task=" + kkTask.getId());
        MimeMessage toRu = onlyMailTo(ru.getEmail());
        assertThat(toRu.getSubject()).isEqualTo("Новая задача: Жоспарды қарау / Рассмотрение плана");
        assertThat(body(toRu)).contains("Уважаемый(ая) " + ru.getFullNameRu(),
                GreenMailInitializer.BASE_URL + "/camunda/app/tasklist/default/#/?task=" + ruTask.getId());

        assertThat(notifications.aboutTask(kkTask.getId())).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.language()).isEqualTo("kk");
            assertThat(n.recipientLogin()).isEqualTo(kk.getLogin());
            assertThat(n.templateKey()).isEqualTo(Notifications.TASK_ASSIGNED);
            assertThat(n.attempts()).isEqualTo(1);
            assertThat(n.sentAt()).isNotNull();
        });
    }

    @Test
    void aFailingSmtpServerLeavesTheProcessRunningAndTheFailureVisible() {
        Servant ru = demoServant("ru");
        smtp.stop();
        String instance = start(ru.getLogin());
        Task task = taskOf(instance);
        assertThat(task).as("the process went on to its task").isNotNull();

        Date now = ClockUtil.getCurrentTime();
        outbox.processDue();
        Notification first = notifications.aboutTask(task.getId()).get(0);
        assertThat(first.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isNotBlank();

        // Retries wait 1, then 2 minutes.
        ClockUtil.setCurrentTime(new Date(now.getTime() + 61_000));
        outbox.processDue();
        ClockUtil.setCurrentTime(new Date(now.getTime() + 4 * 61_000));
        outbox.processDue();

        Notification last = notifications.aboutTask(task.getId()).get(0);
        assertThat(last.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(last.attempts()).isEqualTo(GreenMailInitializer.MAX_ATTEMPTS);
        List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(instance)
                .incidentType(Notifications.FAILED_INCIDENT_TYPE).list();
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.getExecutionId()).isEqualTo(task.getExecutionId());
            assertThat(i.getConfiguration()).isEqualTo(String.valueOf(last.id()));
            assertThat(i.getIncidentMessage()).contains(ru.getLogin(), ru.getEmail());
        });
        assertThat(last.incidentId()).isEqualTo(incidents.get(0).getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count()).isEqualTo(1);
    }

    @Test
    void aMessageThatCannotBeComposedIsRecordedAsFailedAndRaisesAnIncident() {
        Servant kk = demoServant("kk");
        String instance = start(kk.getLogin());
        notifications.send(kk.getLogin(), "no-such-template", Map.of(Notifications.PROCESS_INSTANCE_ID, instance));

        Notification failed = notifications.sentTo(kk.getLogin()).stream()
                .filter(n -> n.templateKey().equals("no-such-template")).reduce((a, b) -> b).orElseThrow();
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.lastError()).contains("no-such-template");

        outbox.processDue();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance)
                .incidentType(Notifications.FAILED_INCIDENT_TYPE).count()).isEqualTo(1);
    }

    @Test
    void theSameOnceKeyIsRecordedOnlyOnce() {
        Servant ru = demoServant("ru");
        String key = "test-once:" + UUID.randomUUID();
        Map<String, Object> model = Map.of("meetingName", "Комиссия", "meetingAt", new Date(), "place", "каб. 1");
        assertThat(notifications.sendOnce(key, ru.getLogin(), Notifications.MEETING_NOTICE, model)).isTrue();
        assertThat(notifications.sendOnce(key, ru.getLogin(), Notifications.MEETING_NOTICE, model)).isFalse();
        outbox.processDue();
        assertThat(smtp.getReceivedMessages()).filteredOn(m -> to(m).equals(ru.getEmail())).hasSize(1);
    }

    @Test
    void withMailSwitchedOffMessagesAreRecordedAndLoggedButNotSent() {
        Servant kk = demoServant("kk");
        var off = new MailOutbox(store, new MailSettings(false, "x@bagalau.test", 3, java.time.Duration.ofMinutes(1),
                new MailSettings.Outbox(false, java.time.Duration.ofSeconds(15), 50)), mailSender, runtimeService,
                taskService);
        notifications.send(kk.getLogin(), Notifications.RESULT_AVAILABLE,
                Map.of("processName", "2026-Q1", "result", "4.20"));

        off.processDue();

        Notification logged = notifications.sentTo(kk.getLogin()).stream().reduce((a, b) -> b).orElseThrow();
        assertThat(logged.status()).isEqualTo(NotificationStatus.LOGGED);
        assertThat(logged.subject()).isEqualTo("Бағалау нәтижесі дайын: 2026-Q1");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    // --- helpers

    private Servant demoServant(String language) {
        return model.servants("mangistau").stream()
                .filter(s -> language.equals(s.getPreferredLanguage()) && s.getEmail() != null)
                .findFirst().orElseThrow();
    }

    private String start(String assignee) {
        return runtimeService.startProcessInstanceByKey("oversight-deadline", "mangistau/" + assignee + "/2026-Q2",
                Map.of("assignee", assignee, "due", new Date(ClockUtil.getCurrentTime().getTime() + 14L * 86_400_000)))
                .getId();
    }

    private Task taskOf(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    private MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address)).toList();
        assertThat(mails).as("mails to " + address).hasSize(1);
        return mails.get(0);
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) throws Exception {
        return String.valueOf(m.getContent()).replace("\r\n", "\n");
    }
}
