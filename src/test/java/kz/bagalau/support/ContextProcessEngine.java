package kz.bagalau.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the test's own engine the JVM's "default" one before each test. The engine REST API and the
 * webapps look the engine up by name in Camunda's static registry, where the last Spring context
 * started wins: after a PostgreSQL context has started, {@code /engine-rest} of the H2 context would
 * otherwise run on the PostgreSQL engine (tasks "not found"), depending on the order of test classes.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class ContextProcessEngine extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
