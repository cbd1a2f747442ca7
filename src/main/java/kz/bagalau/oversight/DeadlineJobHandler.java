package kz.bagalau.oversight;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** Runs the deadline timers that {@link DeadlineWatch} schedules on a task's execution. */
class DeadlineJobHandler implements JobHandler<DeadlineJobHandler.Config> {

    static final String TYPE = "bagalau-deadline";

    enum Phase { REMINDER, OVERDUE }

    /** {@code overdue:<taskId>} or {@code reminder:<taskId>}, as stored in the job row. */
    record Config(Phase phase, String taskId) implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return phase.name().toLowerCase() + ":" + taskId;
        }
    }

    private final Supplier<DeadlineWatch> watch;

    DeadlineJobHandler(Supplier<DeadlineWatch> watch) {
        this.watch = watch;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Config configuration, ExecutionEntity execution, CommandContext commandContext,
                        String tenantId) {
        watch.get().fire(configuration.phase(), configuration.taskId());
    }

    @Override
    public Config newConfiguration(String canonicalString) {
        int colon = canonicalString.indexOf(':');
        return new Config(Phase.valueOf(canonicalString.substring(0, colon).toUpperCase()),
                canonicalString.substring(colon + 1));
    }

    @Override
    public void onDelete(Config configuration, JobEntity jobEntity) {
        // nothing besides the job row
    }
}
