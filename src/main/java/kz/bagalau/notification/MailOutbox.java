package kz.bagalau.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Delivers recorded notifications: claims due rows one by one (so two nodes never send the same row),
 * sends them over SMTP outside any transaction, and records the result. A failure is retried with a
 * doubling delay; after {@code bagalau.mail.max-attempts} the row is FAILED and, when it belongs to a
 * running process instance, a {@value Notifications#FAILED_INCIDENT_TYPE} incident is raised there so
 * that administrators see it in Cockpit.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    /** Longer than any SMTP timeout: a node that dies mid-send releases its rows after this. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final NotificationStore store;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    MailOutbox(NotificationStore store, MailSettings settings, ObjectProvider<JavaMailSender> mailSender,
               RuntimeService runtimeService, TaskService taskService) {
        this.store = store;
        this.settings = settings;
        this.mailSender = mailSender;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /**
     * One pass: delivers every due notification (up to the batch size) and raises the incidents that
     * given-up notifications wait for.
     *
     * @return how many notifications this pass attempted to deliver
     */
    public int processDue() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        int attempted = 0;
        for (long id : store.due(now, settings.outbox().batchSize())) {
            if (store.claim(id, now, now.plus(LEASE))) {
                attempted++;
                store.find(id).ifPresent(n -> deliver(n, now));
            }
        }
        raiseIncidents();
        return attempted;
    }

    private void deliver(Notification n, Instant now) {
        if (!settings.enabled()) {
            log.info("Mail is off (bagalau.mail.enabled=false); notification {} to {} <{}> [{}]: {}\n{}",
                    n.id(), n.recipientLogin(), n.recipientEmail(), n.language(), n.subject(), n.body());
            store.delivered(n.id(), NotificationStatus.LOGGED, now);
            return;
        }
        try {
            send(n);
            store.delivered(n.id(), NotificationStatus.SENT, now);
        } catch (MailException | MessagingException | IllegalStateException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (n.attempts() >= settings.maxAttempts()) {
                log.error("Notification {} to {} given up after {} attempts: {}", n.id(), n.recipientEmail(),
                        n.attempts(), error);
                store.failed(n.id(), error);
            } else {
                Duration wait = settings.retryDelay().multipliedBy(1L << Math.min(n.attempts() - 1, 16));
                log.warn("Notification {} to {} failed (attempt {}), retry in {}: {}", n.id(), n.recipientEmail(),
                        n.attempts(), wait, error);
                store.retryLater(n.id(), now.plus(wait), error);
            }
        }
    }

    private void send(Notification n) throws MessagingException {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("bagalau.mail.enabled is true but spring.mail.host is not set");
        }
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(n.recipientEmail());
        helper.setSubject(n.subject());
        helper.setText(n.body(), false);
        message.setHeader("Content-Language", n.language());
        sender.send(message);
    }

    private void raiseIncidents() {
        for (long id : store.needingIncident(settings.outbox().batchSize())) {
            if (!store.claimIncident(id)) {
                continue;
            }
            store.find(id).ifPresent(n -> {
                String executionId = executionFor(n);
                if (executionId == null) {
                    log.warn("Notification {} failed, but its process instance {} has ended: no incident",
                            n.id(), n.processInstanceId());
                    return;
                }
                String message = "Хабарлама жеткізілмеді / Уведомление не доставлено: «" + n.subject() + "» → "
                        + n.recipientLogin() + " <" + n.recipientEmail() + ">, " + n.attempts() + " × : "
                        + n.lastError();
                Incident incident = runtimeService.createIncident(Notifications.FAILED_INCIDENT_TYPE, executionId,
                        String.valueOf(n.id()), message.length() > 3900 ? message.substring(0, 3900) : message);
                store.incidentRaised(n.id(), incident.getId());
            });
        }
    }

    /** The task's execution while the task is open, else any execution of the instance that is at an activity. */
    private String executionFor(Notification n) {
        if (n.taskId() != null) {
            Task task = taskService.createTaskQuery().taskId(n.taskId()).singleResult();
            if (task != null && task.getExecutionId() != null) {
                return task.getExecutionId();
            }
        }
        if (n.processInstanceId() == null) {
            return null;
        }
        ActivityInstance instance = runtimeService.getActivityInstance(n.processInstanceId());
        while (instance != null) {
            if (instance.getChildActivityInstances().length > 0) {
                instance = instance.getChildActivityInstances()[0];
            } else if (instance.getChildTransitionInstances().length > 0) {
                return instance.getChildTransitionInstances()[0].getExecutionId();
            } else {
                return instance.getExecutionIds().length == 0 || instance.getParentActivityInstanceId() == null
                        ? null : instance.getExecutionIds()[0];
            }
        }
        return null;
    }
}
