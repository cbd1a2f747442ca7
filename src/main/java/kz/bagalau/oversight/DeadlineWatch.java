package kz.bagalau.oversight;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.bagalau.notification.Notifications;
import kz.bagalau.org.Organisation;
import kz.bagalau.security.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Deadline oversight for every user task of every process, implemented once.
 * <p>
 * When a task with a due date is created (or its due date changes), two timer jobs are scheduled on
 * the task's execution: a reminder one working day before the due date and an "overdue" job at the due
 * date. The job executor runs each job exactly once across the cluster (job locking), jobs survive
 * restarts because they are rows in {@code ACT_RU_JOB}, and they need nothing in the model. The overdue
 * job raises a {@value Deadlines#OVERDUE_INCIDENT_TYPE} incident (at most one open per task) and mails the
 * responsible and, per {@link EscalationPolicy}, their supervisor and HR. Completing or deleting the task
 * removes its jobs and resolves the incident; so does moving the due date into the future.
 * <p>
 * Everything runs inside the engine command that caused it, without authorization checks: the caller
 * was checked when they completed or changed the task.
 */
@Service
class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final RuntimeService runtimeService;
    private final AuthorizationService authorizationService;
    private final TaskParties parties;
    private final EscalationPolicy escalation;
    private final Notifications notifications;
    private final DueDates dueDates;

    DeadlineWatch(RuntimeService runtimeService, AuthorizationService authorizationService, TaskParties parties,
                  EscalationPolicy escalation, Notifications notifications, DueDates dueDates) {
        this.runtimeService = runtimeService;
        this.authorizationService = authorizationService;
        this.parties = parties;
        this.escalation = escalation;
        this.notifications = notifications;
        this.dueDates = dueDates;
    }

    // --- task events (DeadlineTaskListener)

    void created(TaskEntity task) {
        withoutAuthorization(() -> {
            organisation(task).ifPresent(org -> letHrRead(task, org));
            reconcile(task, true);
        });
    }

    void updated(TaskEntity task) {
        withoutAuthorization(() -> reconcile(task, false));
    }

    void assigned(TaskEntity task) {
        if (task.getAssignee() == null || task.getExecutionId() == null) {
            return;
        }
        withoutAuthorization(() -> notifications.sendOnce("task-assigned:" + task.getId() + ":" + task.getAssignee(),
                task.getAssignee(), Notifications.TASK_ASSIGNED, model(task)));
    }

    void ended(TaskEntity task) {
        withoutAuthorization(() -> {
            deadlineJobs(task).forEach(JobEntity::delete);
            openIncidents(task.getId()).forEach(i -> runtimeService.resolveIncident(i.getId()));
        });
    }

    // --- timer jobs (DeadlineJobHandler)

    void fire(DeadlineJobHandler.Phase phase, String taskId) {
        TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
        if (task == null || task.getDueDate() == null) {
            return;
        }
        if (phase == DeadlineJobHandler.Phase.REMINDER) {
            remind(task);
        } else if (task.getDueDate().after(ClockUtil.getCurrentTime())) {
            // The due date moved without an update event (e.g. a direct entity change): follow it.
            reconcile(task, false);
        } else {
            overdue(task);
        }
    }

    private void remind(TaskEntity task) {
        for (String login : responsibleLogins(task)) {
            notifications.sendOnce(onceKey("deadline-reminder", task, login), login, Notifications.DEADLINE_REMINDER,
                    model(task));
        }
    }

    private void overdue(TaskEntity task) {
        if (openIncidents(task.getId()).isEmpty()) {
            runtimeService.createIncident(Deadlines.OVERDUE_INCIDENT_TYPE, task.getExecutionId(), task.getId(),
                    incidentMessage(task));
        }
        Set<String> told = new LinkedHashSet<>(responsibleLogins(task));
        for (String login : told) {
            notifications.sendOnce(onceKey("task-overdue", task, login), login, Notifications.TASK_OVERDUE, model(task));
        }
        Map<String, Object> escalationModel = model(task);
        escalationModel.put("responsible", parties.responsible(task));
        for (String login : escalationRecipients(task)) {
            if (!told.contains(login)) {
                notifications.sendOnce(onceKey("deadline-escalation", task, login), login,
                        Notifications.DEADLINE_ESCALATION, escalationModel);
            }
        }
    }

    private List<String> escalationRecipients(TaskEntity task) {
        Set<EscalationPolicy.Target> targets = escalation.targets(task.getProcessDefinitionId(),
                task.getTaskDefinitionKey());
        List<String> recipients = new ArrayList<>();
        if (targets.contains(EscalationPolicy.Target.SUPERVISOR) && task.getAssignee() != null) {
            parties.supervisorOf(task.getAssignee()).ifPresent(recipients::add);
        }
        if (targets.contains(EscalationPolicy.Target.HR)) {
            organisation(task).ifPresent(org -> recipients.addAll(parties.membersOf(Groups.hr(org.getCode()))));
        }
        return recipients;
    }

    // --- keeping jobs and incidents in step with the task

    /** @param created the task is created in this command: it has no incident yet, so nothing is looked up */
    private void reconcile(TaskEntity task, boolean created) {
        if (task.getExecution() == null) {
            return;
        }
        Date due = task.getDueDate();
        Date now = ClockUtil.getCurrentTime();
        if (!created && (due == null || due.after(now))) {
            openIncidents(task.getId()).forEach(i -> runtimeService.resolveIncident(i.getId()));
        }
        JobEntity current = Context.getCommandContext().getCurrentJob();
        Date remindAt = due == null ? null : dueDates.workingDaysBefore(due, 1, zone(task));
        ensureJob(task, DeadlineJobHandler.Phase.OVERDUE, due == null || !due.after(now) && !created && hasOpenIncident(task)
                ? null : due, current);
        ensureJob(task, DeadlineJobHandler.Phase.REMINDER, remindAt == null || !remindAt.after(now) ? null : remindAt,
                current);
    }

    /** Exactly one job of the phase at {@code at}, or none when {@code at} is null. */
    private void ensureJob(TaskEntity task, DeadlineJobHandler.Phase phase, Date at, JobEntity current) {
        String configuration = new DeadlineJobHandler.Config(phase, task.getId()).toCanonicalString();
        boolean present = false;
        for (JobEntity job : deadlineJobs(task)) {
            if (job == current || !configuration.equals(job.getJobHandlerConfigurationRaw())) {
                continue;
            }
            if (at != null && !present && at.equals(job.getDuedate())) {
                present = true;
            } else {
                job.delete();
            }
        }
        if (at != null && !present) {
            schedule(task, phase, at);
        }
    }

    private void schedule(TaskEntity task, DeadlineJobHandler.Phase phase, Date at) {
        ExecutionEntity execution = task.getExecution();
        TimerEntity timer = new TimerEntity();
        timer.setJobHandlerType(DeadlineJobHandler.TYPE);
        timer.setJobHandlerConfiguration(new DeadlineJobHandler.Config(phase, task.getId()));
        timer.setDuedate(at);
        timer.setExclusive(true);
        timer.setRetries(Context.getProcessEngineConfiguration().getDefaultNumberOfRetries());
        timer.setExecution(execution);
        timer.setProcessDefinitionId(execution.getProcessDefinitionId());
        timer.setProcessDefinitionKey(execution.getProcessDefinition().getKey());
        timer.setTenantId(execution.getTenantId());
        Context.getCommandContext().getJobManager().schedule(timer);
    }

    private List<JobEntity> deadlineJobs(TaskEntity task) {
        ExecutionEntity execution = task.getExecution();
        if (execution == null) {
            return List.of();
        }
        String suffix = ":" + task.getId();
        return execution.getJobs().stream()
                .filter(j -> DeadlineJobHandler.TYPE.equals(j.getJobHandlerType()))
                .filter(j -> j.getJobHandlerConfigurationRaw() != null && j.getJobHandlerConfigurationRaw().endsWith(suffix))
                .toList();
    }

    private boolean hasOpenIncident(TaskEntity task) {
        return !openIncidents(task.getId()).isEmpty();
    }

    private List<Incident> openIncidents(String taskId) {
        return runtimeService.createIncidentQuery().incidentType(Deadlines.OVERDUE_INCIDENT_TYPE)
                .configuration(taskId).list();
    }

    // --- HR sees the open tasks of its organisation (the "HR: all open" Tasklist filter)

    private void letHrRead(TaskEntity task, Organisation org) {
        String hr = Groups.hr(org.getCode());
        // A task for HR itself already carries the engine's grant for its candidate group (one per group and task).
        if (task.getIdentityLinks().stream().anyMatch(link -> hr.equals(link.getGroupId()))) {
            return;
        }
        Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(hr);
        read.setResource(Resources.TASK);
        read.setResourceId(task.getId());
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
    }

    // --- texts

    private String incidentMessage(TaskEntity task) {
        ZoneId zone = zone(task);
        return "Мерзімі өтті / Просрочено: «" + task.getName() + "» — жауапты / ответственный: "
                + parties.responsible(task) + "; мерзімі / срок: "
                + DUE.format(task.getDueDate().toInstant().atZone(zone)) + " (" + zone.getId() + ")";
    }

    private Map<String, Object> model(TaskEntity task) {
        Map<String, Object> model = new HashMap<>();
        model.put("taskName", task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
        model.put("dueDate", task.getDueDate() == null ? "—" : task.getDueDate());
        model.put(Notifications.TASK_ID, task.getId());
        model.put(Notifications.PROCESS_INSTANCE_ID, task.getProcessInstanceId());
        return model;
    }

    /** The due date is part of the key: moving it gives the responsible a fresh reminder and escalation. */
    private static String onceKey(String kind, TaskEntity task, String login) {
        return kind + ":" + task.getId() + ":" + task.getDueDate().getTime() + ":" + login;
    }

    private List<String> responsibleLogins(TaskEntity task) {
        return task.getAssignee() != null ? List.of(task.getAssignee()) : parties.candidateUsers(task);
    }

    private Optional<Organisation> organisation(TaskEntity task) {
        ExecutionEntity execution = task.getExecution();
        String businessKey = execution == null ? null : execution.getProcessBusinessKey();
        return parties.organisation(businessKey, task.getAssignee());
    }

    private ZoneId zone(TaskEntity task) {
        return parties.zone(organisation(task));
    }

    private static void withoutAuthorization(Runnable work) {
        CommandContext context = Context.getCommandContext();
        context.runWithoutAuthorization(() -> {
            work.run();
            return null;
        });
    }
}
