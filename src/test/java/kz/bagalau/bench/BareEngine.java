package kz.bagalau.bench;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The baseline: a bare Camunda 7.24 engine with the Spring Boot starter's defaults (history full, UUID ids,
 * JDBC batching, metrics on, job executor and authorization off, default FEEL, stock schema) on its own
 * database of the same PostgreSQL server.
 */
final class BareEngine {

    static final String PROCESS = "bare-one-task";

    private BareEngine() {
    }

    static ProcessEngine start(DataSource dataSource) {
        StandaloneProcessEngineConfiguration c = new StandaloneProcessEngineConfiguration();
        c.setProcessEngineName("bare");
        c.setDataSource(dataSource);
        c.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        c.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        c.setIdGenerator(new StrongUuidGenerator());
        c.setJobExecutorActivate(false);
        c.setAuthorizationEnabled(false);
        c.setMetricsEnabled(true);
        c.setDbMetricsReporterActivate(false);
        c.setHistoryCleanupEnabled(false);
        c.setTransactionsExternallyManaged(false);
        return c.buildProcessEngine();
    }

    /** Start event → one user task for {@code ${assignee}} → end, kept 3 years like Bagalau's processes. */
    static BpmnModelInstance oneTaskProcess() {
        return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1095)
                .startEvent().userTask("Task_Work").camundaAssignee("${assignee}").camundaDueDate("${due}")
                .endEvent().done();
    }
}
