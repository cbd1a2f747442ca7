package kz.bagalau.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a user's engine command again when another node (or thread) changed the same rows first.
 * <p>
 * Two evaluators completing their sheets of one parallel multi-instance task at the same moment both update
 * the multi-instance counters; the engine then fails the later transaction with an
 * {@link OptimisticLockingException}, which the engine REST API (and Tasklist's) answer with HTTP 500. This
 * interceptor sits before the engine's transaction interceptor, so every attempt is a fresh transaction that
 * sees the other node's committed work: the sheet is counted once and the user sees success.
 * <p>
 * Not retried: commands that join an outer transaction (a {@code @Transactional} service; its caller decides),
 * and the job executor's own commands (it retries failed jobs itself).
 */
@Component
class OptimisticLockingRetry extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(OptimisticLockingRetry.class);
    /** Job acquisition and execution resolve their conflicts themselves (the job stays, another node takes it). */
    private static final Set<String> JOB_EXECUTOR_COMMANDS = Set.of(
            "org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd",
            "org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd",
            "org.camunda.bpm.engine.impl.cmd.UnlockJobCmd");

    private final int attempts;
    private final Counter retries;

    OptimisticLockingRetry(@Value("${bagalau.engine.optimistic-locking-attempts:5}") int attempts,
                           MeterRegistry meters) {
        this.attempts = attempts;
        this.retries = Counter.builder("bagalau.engine.command.retries")
                .description("Engine commands run again after an optimistic locking conflict")
                .register(meters);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new RetryInterceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    /** The interceptor on its own, for tests. */
    CommandInterceptor interceptor() {
        return new RetryInterceptor();
    }

    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    private final class RetryInterceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            boolean retryable = !TransactionSynchronizationManager.isActualTransactionActive()
                    && !JOB_EXECUTOR_COMMANDS.contains(command.getClass().getName())
                    && !command.getClass().getName().startsWith("org.camunda.bpm.engine.impl.jobexecutor.");
            for (int attempt = 1; ; attempt++) {
                try {
                    return next.execute(command);
                } catch (RuntimeException e) {
                    if (!retryable || attempt >= attempts || !isConflict(e)) {
                        throw e;
                    }
                    retries.increment();
                    log.info("{} met a concurrent change (attempt {} of {}), running it again: {}",
                            command.getClass().getSimpleName(), attempt, attempts, e.getMessage());
                    backOff(attempt);
                }
            }
        }

        private void backOff(int attempt) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to retry", e);
            }
        }
    }
}
