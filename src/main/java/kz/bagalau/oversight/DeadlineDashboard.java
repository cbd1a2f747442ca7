package kz.bagalau.oversight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.security.AccessPolicy;
import kz.bagalau.security.Privileged;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.ForbiddenException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Builds the deadline dashboard from the engine's task history. An organisation's tasks are those of
 * process instances whose business key starts with {@code <code>/}; a period narrows them to keys that
 * contain it after the organisation (e.g. {@code 2026} or {@code 2026-Q1}).
 */
@Service
public class DeadlineDashboard {

    private static final int PAGE = 500;

    private final HistoryService historyService;
    private final IdentityService identityService;
    private final OrganisationModel organisations;
    private final AccessPolicy policy;
    private final TaskParties parties;

    DeadlineDashboard(HistoryService historyService, IdentityService identityService, OrganisationModel organisations,
                      AccessPolicy policy, TaskParties parties) {
        this.historyService = historyService;
        this.identityService = identityService;
        this.organisations = organisations;
        this.policy = policy;
        this.parties = parties;
    }

    /**
     * @throws ForbiddenException unless the caller is an administrator or in the organisation's HR group
     */
    public DeadlineReport report(String organisationCode, String period) {
        policy.requireHrOrAdmin(organisationCode);
        if (period != null && !period.matches("[0-9A-Za-z-]{1,20}")) {
            throw new BadRequestException("period is written as in business keys, e.g. 2026 or 2026-Q1");
        }
        Organisation org = organisations.organisation(organisationCode);
        // The caller's own rights were checked above; history needs more than HR's task permissions.
        return Privileged.call(identityService, () -> build(org, period));
    }

    private DeadlineReport build(Organisation org, String period) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String keyPattern = org.getCode() + "/%" + (period == null ? "" : period + "%");
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String[]> names = new HashMap<>();
        List<HistoricTaskInstance> overdue = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<HistoricTaskInstance> page = historyService.createHistoricTaskInstanceQuery()
                    .processInstanceBusinessKeyLike(keyPattern).orderByTaskId().asc().listPage(first, PAGE);
            for (HistoricTaskInstance t : page) {
                boolean open = t.getEndTime() == null;
                if (!open && !"completed".equals(t.getDeleteReason())) {
                    continue; // cancelled with its instance: neither done nor late
                }
                String step = t.getProcessDefinitionKey() + "/" + t.getTaskDefinitionKey();
                long[] c = counts.computeIfAbsent(step, s -> new long[4]);
                names.put(step, new String[] {t.getProcessDefinitionKey(), t.getTaskDefinitionKey(), t.getName()});
                Instant due = t.getDueDate() == null ? null : t.getDueDate().toInstant();
                if (open && due != null && due.isBefore(now)) {
                    c[1]++;
                    overdue.add(t);
                } else if (open) {
                    c[0]++;
                } else {
                    c[2]++;
                    if (due != null && t.getEndTime().toInstant().isAfter(due)) {
                        c[3]++;
                    }
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        List<DeadlineReport.Step> steps = counts.entrySet().stream()
                .map(e -> {
                    String[] n = names.get(e.getKey());
                    long[] c = e.getValue();
                    return new DeadlineReport.Step(n[0], n[1], n[2], c[0], c[1], c[2], c[3]);
                })
                .sorted(Comparator.comparing(DeadlineReport.Step::processDefinitionKey)
                        .thenComparing(DeadlineReport.Step::taskDefinitionKey))
                .toList();
        return new DeadlineReport(org.getCode(), period, now, steps, overdueTasks(overdue, now));
    }

    private List<DeadlineReport.OverdueTask> overdueTasks(List<HistoricTaskInstance> tasks, Instant now) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(HistoricTaskInstance::getProcessInstanceId)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId,
                        p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
        return tasks.stream()
                .sorted(Comparator.comparing(HistoricTaskInstance::getDueDate))
                .map(t -> {
                    Instant due = t.getDueDate().toInstant();
                    long days = (Duration.between(due, now).toMillis() + Duration.ofDays(1).toMillis() - 1)
                            / Duration.ofDays(1).toMillis();
                    return new DeadlineReport.OverdueTask(t.getId(), t.getName(), t.getProcessDefinitionKey(),
                            t.getTaskDefinitionKey(), businessKeys.get(t.getProcessInstanceId()), t.getAssignee(),
                            t.getAssignee() == null ? null : parties.person(t.getAssignee()), due, days);
                })
                .toList();
    }
}
