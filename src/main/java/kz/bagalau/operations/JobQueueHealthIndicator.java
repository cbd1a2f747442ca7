package kz.bagalau.operations;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The cluster's job queue ({@code /actuator/health} component {@code jobQueue}), beside the starter's
 * node-local {@code jobExecutor} (is this node's job executor running?): jobs that are due but still waiting
 * after {@code bagalau.health.job-backlog-after} (no node is executing jobs: timers and deadlines stand
 * still) and jobs that failed with no retries left (each is an incident in Cockpit). Both are reported as
 * details, not as DOWN: a restart would not fix them, an administrator must look. The component is DOWN when
 * the database cannot be queried.
 */
@Component
class JobQueueHealthIndicator extends AbstractHealthIndicator {

    private final ManagementService managementService;
    private final Duration backlogAfter;

    JobQueueHealthIndicator(ManagementService managementService,
                            @Value("${bagalau.health.job-backlog-after:PT10M}") Duration backlogAfter) {
        super("The job queue could not be read");
        this.managementService = managementService;
        this.backlogAfter = backlogAfter;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Date backlogSince = new Date(ClockUtil.getCurrentTime().getTime() - backlogAfter.toMillis());
        long waiting = managementService.createJobQuery().executable().duedateLowerThan(backlogSince).count();
        long failed = managementService.createJobQuery().noRetriesLeft().count();
        builder.up().withDetail("dueLongerThan" + backlogAfter.toMinutes() + "Minutes", waiting)
                .withDetail("failedWithoutRetries", failed);
    }
}
