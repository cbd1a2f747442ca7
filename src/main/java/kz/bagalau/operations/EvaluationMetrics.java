package kz.bagalau.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import kz.bagalau.quarterly.AnnualGrades;
import kz.bagalau.quarterly.QuarterlyEvaluations;
import kz.bagalau.security.Privileged;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evaluation counts for Prometheus ({@code /actuator/prometheus}): instances started and completed per
 * process, open and overdue user tasks. They are read from the shared database, so every node reports the
 * same cluster-wide value (aggregate with {@code max}, not {@code sum}); the queries run at most once per
 * {@code bagalau.metrics.refresh-interval} however often they are scraped.
 */
@Component
class EvaluationMetrics implements MeterBinder {

    /** The processes whose instances are evaluations (or start them) and are counted. */
    static final List<String> PROCESSES = List.of(QuarterlyEvaluations.PROCESS, AnnualGrades.PROCESS);

    private final HistoryService historyService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Duration refreshInterval;
    private final Clock clock;
    private Snapshot snapshot;

    EvaluationMetrics(HistoryService historyService, TaskService taskService, IdentityService identityService,
                      @Value("${bagalau.metrics.refresh-interval:PT30S}") Duration refreshInterval) {
        this.historyService = historyService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.refreshInterval = refreshInterval;
        this.clock = Clock.systemUTC();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String process : PROCESSES) {
            Gauge.builder("bagalau.evaluations.started", this, m -> m.snapshot().started(process))
                    .description("Process instances ever started (history kept 3 years)").tag("process", process)
                    .register(registry);
            Gauge.builder("bagalau.evaluations.completed", this, m -> m.snapshot().completed(process))
                    .description("Process instances ended").tag("process", process).register(registry);
        }
        Gauge.builder("bagalau.tasks.open", this, m -> m.snapshot().openTasks())
                .description("Open user tasks").register(registry);
        Gauge.builder("bagalau.tasks.overdue", this, m -> m.snapshot().overdueTasks())
                .description("Open user tasks past their due date").register(registry);
    }

    synchronized Snapshot snapshot() {
        Instant now = clock.instant();
        if (snapshot == null || snapshot.takenAt().plus(refreshInterval).isBefore(now)) {
            snapshot = Privileged.call(identityService, () -> take(now));
        }
        return snapshot;
    }

    private Snapshot take(Instant now) {
        long[] started = new long[PROCESSES.size()];
        long[] completed = new long[PROCESSES.size()];
        for (int i = 0; i < PROCESSES.size(); i++) {
            started[i] = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESSES.get(i))
                    .count();
            completed[i] = historyService.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(PROCESSES.get(i)).finished().count();
        }
        long open = taskService.createTaskQuery().count();
        long overdue = taskService.createTaskQuery().dueBefore(Date.from(now)).count();
        return new Snapshot(now, started, completed, open, overdue);
    }

    record Snapshot(Instant takenAt, long[] startedCounts, long[] completedCounts, long openTasks,
                    long overdueTasks) {

        double started(String process) {
            return startedCounts[PROCESSES.indexOf(process)];
        }

        double completed(String process) {
            return completedCounts[PROCESSES.indexOf(process)];
        }
    }
}
