package kz.bagalau.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import kz.bagalau.notification.MailOutbox;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.BagalauMailTest;
import kz.bagalau.support.Rest;
import kz.bagalau.support.GreenMailInitializer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every user task that passes its due date becomes a {@code deadline-overdue} incident on its execution,
 * once, and the responsible, their supervisor and HR are told; completing the task resolves it.
 */
@BagalauMailTest
class OverdueIncidentTests {

    /** Monday 4 May 2026, 09:00 in Almaty. */
    static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-05-04T09:00:00+05:00[Asia/Almaty]");

    @Autowired OrganisationModel model;
    @Autowired ProcessEngine processEngine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired ProcessEngineConfiguration engineConfiguration;
    @Autowired DeadlineWatch watch;
    @Autowired MailOutbox outbox;
    @Autowired IdentitySync identitySync;
    @LocalServerPort int port;

    GreenMail smtp = GreenMailInitializer.smtp();
    OrgFixture f;

    @BeforeEach
    void setUp() throws Exception {
        ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
        repositoryService.createDeployment().name("oversight-tests").enableDuplicateFiltering(true)
                .addClasspathResource("bpmn-test/oversight/oversight-deadline.bpmn")
                .addClasspathResource("bpmn-test/oversight/oversight-escalation.bpmn").deploy();
        f = OrgFixture.create(model, "ov-" + UUID.randomUUID().toString().substring(0, 8), Edition.KZ_2025);
        outbox.processDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOverdueTaskBecomesOneIncidentOnItsExecutionUntilItIsCompleted() {
        String instance = start("oversight-deadline", MONDAY.plusDays(2));
        Task task = taskOf(instance);
        assertThat(deadlineJobs(instance)).extracting(Job::getDuedate).containsExactlyInAnyOrder(
                Date.from(MONDAY.plusDays(1).toInstant()), Date.from(MONDAY.plusDays(2).toInstant()));
        assertThat(incidents(task)).isEmpty();

        moveClockTo(MONDAY.plusDays(2).plusHours(1));
        runDueJobs(instance);

        List<Incident> incidents = incidents(task);
        assertThat(incidents).hasSize(1);
        Incident incident = incidents.get(0);
        assertThat(incident.getExecutionId()).isEqualTo(task.getExecutionId());
        assertThat(incident.getActivityId()).isEqualTo("Task_Review");
        assertThat(incident.getIncidentMessage())
                .contains("Жоспарды қарау / Рассмотрение плана", f.spec1, f.spec1 + " Тестович",
                        "06.05.2026 09:00", "Asia/Almaty");

        taskService.complete(task.getId());

        assertThat(incidents(task)).isEmpty();
        assertThat(historyService.createHistoricIncidentQuery().incidentId(incident.getId()).singleResult().isResolved())
                .isTrue();
        assertThat(deadlineJobs(instance)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void aSecondOverdueRunForTheSameTaskAddsNoIncidentAndNoMail() throws Exception {
        String instance = start("oversight-deadline", MONDAY.plusDays(2));
        Task task = taskOf(instance);
        moveClockTo(MONDAY.plusDays(3));
        runDueJobs(instance);
        outbox.processDue();
        int mails = smtp.getReceivedMessages().length;

        inEngine(() -> watch.fire(DeadlineJobHandler.Phase.OVERDUE, task.getId()));
        outbox.processDue();

        assertThat(incidents(task)).hasSize(1);
        assertThat(smtp.getReceivedMessages()).hasSize(mails);
    }

    @Test
    void theSupervisorAndHrAreToldOnceWhenTheTaskIsOverdue() throws Exception {
        String instance = start("oversight-deadline", MONDAY.plusDays(2));
        Task task = taskOf(instance);
        moveClockTo(MONDAY.plusDays(2).plusMinutes(1));
        runDueJobs(instance);
        outbox.processDue();

        MimeMessage toSupervisor = onlyMailTo(f.unitHead, "Мерзімі өткен тапсырма: Жоспарды қарау");
        assertThat(body(toSupervisor)).contains(f.spec1 + " (" + f.spec1 + " Тестович)",
                GreenMailInitializer.BASE_URL + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        assertThat(mailsTo(f.hr)).hasSize(1);
        assertThat(onlyMailTo(f.spec1, "Мерзімі өтті:")).isNotNull();
        assertThat(mailsTo(f.head)).isEmpty();
    }

    @Test
    void theDayBeforeTheDueDateTheAssigneeIsReminded() throws Exception {
        // Due on Monday: one working day before is the Friday before, not Sunday.
        String instance = start("oversight-deadline", MONDAY.plusDays(7));
        assertThat(deadlineJobs(instance)).extracting(Job::getDuedate)
                .contains(Date.from(MONDAY.plusDays(4).toInstant()));
        moveClockTo(MONDAY.plusDays(4).plusMinutes(1));
        runDueJobs(instance);
        outbox.processDue();
        assertThat(onlyMailTo(f.spec1, "Ертең мерзімі бітеді: Жоспарды қарау")).isNotNull();
        assertThat(incidents(taskOf(instance))).isEmpty();
    }

    @Test
    void theModelDecidesWhomToEscalateToTaskBeforeProcess() throws Exception {
        String instance = start("oversight-escalation", MONDAY.plusDays(1));
        moveClockTo(MONDAY.plusDays(2));
        runDueJobs(instance);
        outbox.processDue();

        assertThat(mailsTo(f.unitHead)).as("the process says none, the HR-only task does not name the supervisor")
                .isEmpty();
        assertThat(mailsTo(f.hr)).extracting(OverdueIncidentTests::subject).singleElement()
                .satisfies(s -> assertThat(s).contains("Тек ПБҚ / Только HR"));
        assertThat(mailsTo(f.spec1)).filteredOn(m -> subject(m).startsWith("Мерзімі өтті:")).hasSize(2);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance)
                .incidentType(Deadlines.OVERDUE_INCIDENT_TYPE).count()).isEqualTo(2);
    }

    @Test
    void aTypoInTheEscalationPropertyFailsTheDeployment() {
        assertThatThrownBy(() -> repositoryService.createDeployment()
                .addClasspathResource("bpmn-test/oversight/oversight-bad-escalation.bpmn").deploy())
                .hasStackTraceContaining("supervisr");
    }

    @Test
    void movingTheDueDateIntoTheFutureResolvesTheIncidentAndWatchesTheNewDate() {
        String instance = start("oversight-deadline", MONDAY.plusDays(1));
        Task task = taskOf(instance);
        moveClockTo(MONDAY.plusDays(2));
        runDueJobs(instance);
        assertThat(incidents(task)).hasSize(1);

        Date later = Date.from(MONDAY.plusDays(9).toInstant());
        taskService.setDueDate(task.getId(), later);

        assertThat(incidents(task)).isEmpty();
        assertThat(deadlineJobs(instance)).extracting(Job::getDuedate).contains(later);
        moveClockTo(MONDAY.plusDays(10));
        runDueJobs(instance);
        assertThat(incidents(task)).hasSize(1);
    }

    @Test
    void theAssigneeCompletingOverRestWithTheirOwnLoginResolvesTheIncident() {
        identitySync.setPassword(f.spec1, "spec1-Secret");
        String instance = start("oversight-deadline", MONDAY.plusDays(1));
        Task task = taskOf(instance);
        moveClockTo(MONDAY.plusDays(2));
        runDueJobs(instance);
        assertThat(incidents(task)).hasSize(1);

        var response = Rest.as(port, f.spec1, "spec1-Secret").post("/engine-rest/task/" + task.getId() + "/complete", "{}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(incidents(task)).isEmpty();
        assertThat(deadlineJobs(instance)).isEmpty();
    }

    @Test
    void deletingTheInstanceLeavesNoDeadlineJobOrIncident() {
        String instance = start("oversight-deadline", MONDAY.plusDays(1));
        moveClockTo(MONDAY.plusDays(2));
        runDueJobs(instance);
        runtimeService.deleteProcessInstance(instance, "test");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(instance).count()).isZero();
    }

    // --- helpers

    private String start(String key, ZonedDateTime due) {
        return runtimeService.startProcessInstanceByKey(key, f.code + "/" + f.spec1 + "/2026-Q2",
                Map.of("assignee", f.spec1, "due", Date.from(due.toInstant()))).getId();
    }

    private Task taskOf(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    private List<Incident> incidents(Task task) {
        return runtimeService.createIncidentQuery().incidentType(Deadlines.OVERDUE_INCIDENT_TYPE)
                .configuration(task.getId()).list();
    }

    private List<Job> deadlineJobs(String instance) {
        return managementService.createJobQuery().processInstanceId(instance).list();
    }

    private void runDueJobs(String instance) {
        for (Job job : managementService.createJobQuery().processInstanceId(instance).executable().list()) {
            managementService.executeJob(job.getId());
        }
    }

    private static void moveClockTo(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    private void inEngine(Runnable work) {
        ((ProcessEngineConfigurationImpl) engineConfiguration).getCommandExecutorTxRequired().execute(c -> {
            work.run();
            return null;
        });
    }

    private List<MimeMessage> mailsTo(String login) throws Exception {
        String address = login + "@test.kz";
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage onlyMailTo(String login, String subjectStart) throws Exception {
        List<MimeMessage> mails = new java.util.ArrayList<>();
        for (MimeMessage m : mailsTo(login)) {
            if (subject(m).startsWith(subjectStart)) {
                mails.add(m);
            }
        }
        assertThat(mails).as("mails to " + login + " starting " + subjectStart).hasSize(1);
        return mails.get(0);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent()).replace("\r\n", "\n");
    }
}
