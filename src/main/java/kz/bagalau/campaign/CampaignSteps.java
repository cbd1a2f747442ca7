package kz.bagalau.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import kz.bagalau.org.Edition;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.InvalidTaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates and task listeners of {@code evaluation-campaign}: thin, the rules live in {@link Campaigns}. */
@Configuration(proxyBeanMethods = false)
class CampaignSteps {

    /** {@code Task_LaunchBatch}: one batch, one transaction; loops until nobody waits, then watches progress. */
    @Bean
    JavaDelegate launchCampaignBatch(Campaigns campaigns, @Value("${bagalau.campaign.batch-size:100}") int batchSize) {
        return execution -> {
            String organisation = (String) execution.getVariable("organisation");
            Edition edition = Edition.fromCode((String) execution.getVariable("edition"));
            CampaignPeriod period = CampaignPeriod.parse((String) execution.getVariable("period"));
            // A campaign may carry its own batch size (variable batchSize), e.g. to go gently on a busy database.
            Object own = execution.getVariable("batchSize");
            int size = own instanceof Number n ? n.intValue() : batchSize;
            int waiting = campaigns.launchBatch(organisation, edition, period, size);
            execution.setVariable("waiting", waiting);
            execution.setVariable("moreToLaunch", waiting > 0);
            execution.setVariable("campaignFinished", campaigns.finished(organisation, edition, period, waiting));
        };
    }

    /** {@code Task_DraftSchedule}: HR's planned start (and the commission date in KZ-2018), 003 §10. */
    @Bean
    TaskListener scheduleDrafted() {
        return task -> InvalidTaskInput.guard(() -> {
            ZoneId zone = ZoneId.of((String) task.getVariable("timeZone"));
            LocalDate plannedStart = date(task, "plannedStart");
            if (plannedStart == null) {
                throw new BadRequestException("Enter the planned start of the evaluation");
            }
            LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
            if (plannedStart.isBefore(today)) {
                throw new BadRequestException("The planned start " + plannedStart + " is in the past");
            }
            CampaignPeriod period = CampaignPeriod.parse((String) task.getVariable("period"));
            if (plannedStart.isAfter(period.lastDay().plusMonths(2))) {
                throw new BadRequestException("The planned start " + plannedStart + " is too late for " + period);
            }
            task.getExecution().getProcessInstance().setVariable("plannedStartAt",
                    Date.from(plannedStart.atStartOfDay(zone).toInstant()));
            task.getExecution().getProcessInstance().setVariable("draftedAt", ClockUtil.getCurrentTime());
        });
    }

    /** {@code Task_ApproveSchedule}: the authorized person approves the schedule or returns it with a reason (003 §10). */
    @Bean
    TaskListener scheduleDecided() {
        return task -> InvalidTaskInput.guard(() -> {
            Object decision = task.getVariable("scheduleDecision");
            if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
                throw new BadRequestException("Decide APPROVE or RETURN, not " + decision);
            }
            Object reason = task.getVariable("returnReason");
            if ("RETURN".equals(decision) && (reason == null || reason.toString().isBlank())) {
                throw new BadRequestException("Write why the schedule is returned");
            }
            if ("RETURN".equals(decision)) {
                // A returned schedule is due again 2 working days after the return.
                task.getExecution().getProcessInstance().setVariable("scheduleFrom", ClockUtil.getCurrentTime());
                task.getExecution().getProcessInstance().setVariable("scheduleWithinDays", 2);
            }
        });
    }

    private static LocalDate date(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneId.of((String) task.getVariable("timeZone"))).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }
}
