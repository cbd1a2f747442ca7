package kz.bagalau.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The engine REST API finds its engine in the JVM-wide registry {@link ProcessEngines} by the name "default",
 * and every cached Spring test context has an engine of that name: the last one started wins. A test that calls
 * {@code /engine-rest} after another context (PostgreSQL, browser tests) started would reach that context's
 * engine and database ("Cannot find task"). Before each test, the engine of the test's own context becomes the
 * default again. Registered for every test in {@code META-INF/spring.factories}.
 */
public class DefaultEngineOfThisContext extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
