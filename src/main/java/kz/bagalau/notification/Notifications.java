package kz.bagalau.notification;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.security.Privileged;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail notifications («хабарлама» / «уведомление») to servants, in their preferred language (kk or ru),
 * with a link to the Tasklist task when there is one.
 * <p>
 * {@link #send} only records the message in the caller's transaction: nothing is sent before the caller
 * commits, a rollback takes the message with it, and a slow or broken SMTP server never blocks or rolls
 * back a process. {@link MailOutbox} delivers recorded messages with retries; a message that cannot be
 * delivered ends as {@link NotificationStatus#FAILED} and, when it belongs to a running process instance,
 * as a Camunda incident of type {@value #FAILED_INCIDENT_TYPE} there.
 */
@Service
@Transactional
public class Notifications {

    /** A task was assigned to the recipient. Model: {@code taskName}, {@code dueDate} (may be "—"), {@code taskId}. */
    public static final String TASK_ASSIGNED = "task-assigned";
    /** One working day before a task's due date. Model: {@code taskName}, {@code dueDate}, {@code taskId}. */
    public static final String DEADLINE_REMINDER = "deadline-reminder";
    /** The recipient's own task is overdue. Model: {@code taskName}, {@code dueDate}, {@code taskId}. */
    public static final String TASK_OVERDUE = "task-overdue";
    /** Someone else's task is overdue (supervisor, HR). Model: {@code taskName}, {@code dueDate}, {@code responsible}, {@code taskId}. */
    public static final String DEADLINE_ESCALATION = "deadline-escalation";
    /** An evaluation result is available. Model: {@code processName}, {@code result}, optional {@code taskId}. */
    public static final String RESULT_AVAILABLE = "result-available";
    /** A commission or calibration meeting is scheduled. Model: {@code meetingName}, {@code meetingAt}, {@code place}. */
    public static final String MEETING_NOTICE = "meeting-notice";
    /** A calibration session decided on an application. Model: {@code decision}, {@code processName}. */
    public static final String CALIBRATION_DECISION = "calibration-decision";

    /** Model key: the task the message is about; adds {@code taskLink} to the model and links the record. */
    public static final String TASK_ID = "taskId";
    /** Model key: the process instance the message is about (found by itself when called from a delegate). */
    public static final String PROCESS_INSTANCE_ID = "processInstanceId";

    /** Incident type raised on the process instance when a message could not be delivered. */
    public static final String FAILED_INCIDENT_TYPE = "notification-failed";

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationStore store;
    private final MailTemplates templates;
    private final OrganisationModel organisations;
    private final IdentityService identityService;
    private final String baseUrl;
    private final ZoneId defaultZone;

    Notifications(NotificationStore store, MailTemplates templates, OrganisationModel organisations,
                  IdentityService identityService, @Value("${bagalau.base-url}") String baseUrl,
                  @Value("${bagalau.default-time-zone:Asia/Almaty}") String defaultZone) {
        this.store = store;
        this.templates = templates;
        this.organisations = organisations;
        this.identityService = identityService;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    /**
     * Records a message for {@code recipientLogin} from template {@code templateKey}, to be sent after the
     * caller's transaction commits. Never throws for a bad address or template: that is recorded as FAILED.
     */
    public void send(String recipientLogin, String templateKey, Map<String, Object> model) {
        sendOnce(null, recipientLogin, templateKey, model);
    }

    /**
     * Like {@link #send}, but only the first request with the same {@code onceKey} is recorded (a unique
     * key in the table guards it across nodes). A {@code null} key always records.
     *
     * @return {@code false} when a message with this key was recorded before
     */
    public boolean sendOnce(String onceKey, String recipientLogin, String templateKey, Map<String, Object> model) {
        if (onceKey != null && store.existsByDedupKey(onceKey)) {
            return false;
        }
        Recipient to = recipient(recipientLogin);
        Map<String, Object> full = new HashMap<>(model);
        full.put("recipientName", to.name());
        full.put("baseUrl", baseUrl);
        full.put("tasklistLink", baseUrl + "/camunda/app/tasklist/");
        String taskId = (String) model.get(TASK_ID);
        if (taskId != null) {
            full.put("taskLink", baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
        }
        String processInstanceId = processInstanceId(model);
        String subject = templateKey;
        String body = "";
        String problem = null;
        try {
            MailTemplates.Rendered text = templates.render(templateKey, to.language(), full, to.zone());
            subject = text.subject();
            body = text.body();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        if (problem == null && (to.email() == null || to.email().isBlank())) {
            problem = "'" + recipientLogin + "' has no e-mail address";
        }
        var draft = new NotificationStore.Draft(recipientLogin, to.email(), templateKey, to.language(), subject, body,
                taskId, processInstanceId, onceKey);
        NotificationStatus status = problem == null ? NotificationStatus.PENDING : NotificationStatus.FAILED;
        long id = store.insert(draft, status, problem, ClockUtil.getCurrentTime().toInstant());
        if (problem != null) {
            log.warn("Notification {} '{}' to {} cannot be sent: {}", id, templateKey, recipientLogin, problem);
        }
        return true;
    }

    /** Every message recorded for a login, oldest first: the proof of what they were told and when. */
    public List<Notification> sentTo(String recipientLogin) {
        return store.findByRecipient(recipientLogin);
    }

    /** Every message recorded about a task, oldest first. */
    public List<Notification> aboutTask(String taskId) {
        return store.findByTask(taskId);
    }

    private record Recipient(String email, String language, String name, ZoneId zone) {
    }

    /** A servant from the organisation model; otherwise a plain Camunda user such as {@code admin}. */
    private Recipient recipient(String login) {
        if (organisations.hasServant(login)) {
            Servant s = organisations.servant(login);
            String language = "kk".equals(s.getPreferredLanguage()) ? "kk" : "ru";
            return new Recipient(s.getEmail(), language, s.fullName(language), s.getOrganisation().getZone());
        }
        User user = Privileged.call(identityService,
                () -> identityService.createUserQuery().userId(login).singleResult());
        if (user == null) {
            return new Recipient(null, "ru", login, defaultZone);
        }
        String name = ((user.getLastName() == null ? "" : user.getLastName()) + " "
                + (user.getFirstName() == null ? "" : user.getFirstName())).trim();
        return new Recipient(user.getEmail(), "ru", name.isEmpty() ? login : name, defaultZone);
    }

    private static String processInstanceId(Map<String, Object> model) {
        Object explicit = model.get(PROCESS_INSTANCE_ID);
        if (explicit != null) {
            return explicit.toString();
        }
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        return context == null || context.getExecution() == null ? null
                : context.getExecution().getProcessInstanceId();
    }
}
