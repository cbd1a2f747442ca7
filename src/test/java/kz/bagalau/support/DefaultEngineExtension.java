package kz.bagalau.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The engine REST API finds "the default engine" in a JVM-wide registry; with several cached Spring
 * contexts in one test JVM (H2, PostgreSQL, mail) the last one started would answer every REST call.
 * Before each test this registers the test's own engine as the default again.
 */
public class DefaultEngineExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
        ProcessEngines.registerProcessEngine(engine);
    }
}
