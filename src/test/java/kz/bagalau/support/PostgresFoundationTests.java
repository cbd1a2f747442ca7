package kz.bagalau.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import kz.bagalau.org.Edition;
import kz.bagalau.org.Evaluators;
import kz.bagalau.org.OrganisationModel;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The same application on a real PostgreSQL: migrations, the organisation model, the engine, security. */
@BagalauPostgresTest
class PostgresFoundationTests {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrganisationModel model;
    @Autowired Evaluators evaluators;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    @Test
    void runsOnPostgresql() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void authorizationChecksArePlannedWithStatisticsOnThePermissionBitsAndCustomPlans() {
        // Without both, a participant's overdue count over 10^4 visible tasks took seconds (docs/benchmarks.md).
        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = 'bgl_stat_auth_perms'",
                Integer.class)).isEqualTo(1);
        String checked = transactions.execute(status -> {
            identityService.setAuthentication("mg.org.spec1", List.of("org-mangistau"));
            try {
                taskService.createTaskQuery().taskAssignee("mg.org.spec1").count();
            } finally {
                identityService.clearAuthentication();
            }
            return jdbc.queryForObject("show plan_cache_mode", String.class);
        });
        String unchecked = transactions.execute(status -> {
            taskService.createTaskQuery().taskAssignee("mg.org.spec1").count();
            return jdbc.queryForObject("show plan_cache_mode", String.class);
        });
        assertThat(checked).as("the transaction of a participant's query").isEqualTo("force_custom_plan");
        assertThat(unchecked).as("any other transaction, even on the same pooled connection").isEqualTo("auto");
    }

    @Test
    void flywayAppliedEveryMigrationSuccessfully() {
        var failed = jdbc.queryForObject("select count(*) from bagalau_schema_history where not success", Integer.class);
        var applied = jdbc.queryForObject("select count(*) from bagalau_schema_history where version = '1'", Integer.class);
        assertThat(failed).isZero();
        assertThat(applied).isEqualTo(1);
    }

    @Test
    void theDemoOrganisationModelIsStoredAndRead() {
        assertThat(model.organisations()).extracting(o -> o.getCode()).contains("rudny", "alatau", "mangistau");
        var a = evaluators.whoEvaluates("mg.org.spec1", java.time.LocalDate.of(2026, 4, 15));
        assertThat(a.edition()).isEqualTo(Edition.KZ_2025);
        assertThat(a.evaluator()).isEqualTo("mg.head");
    }

    @Test
    void aProcessRunsToTheEndWithHistory() {
        repositoryService.createDeployment().addClasspathResource("bpmn-test/foundation-smoke.bpmn").deploy();
        var instance = runtimeService.startProcessInstanceByKey("foundation-smoke", "pg/smoke/1",
                Map.of("servant", "mg.org.spec1", "dueDate", new Date()));
        var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getAssignee()).isEqualTo("mg.org.spec1");
        taskService.complete(task.getId());
        var historic = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(historic.getEndTime()).isNotNull();
        assertThat(historic.getRemovalTime()).as("3-year retention applies").isNotNull();
    }

    @Test
    void restNeedsALoginOnPostgresToo() {
        assertThat(Rest.anonymous(port).get("/api/me").statusCode()).isEqualTo(401);
        assertThat(Rest.as(port, "mg.hr", "bagalau").get("/api/me").statusCode()).isEqualTo(200);
    }
}
