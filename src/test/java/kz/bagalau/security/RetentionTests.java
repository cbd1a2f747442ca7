package kz.bagalau.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import kz.bagalau.support.BagalauBootTest;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 11, "retention": 3 years (000 §8, 003 §14, 004 §13) in the engine and in the application tables. */
@BagalauBootTest
@Import(SecurityTestBeans.class)
class RetentionTests {

    @Autowired RepositoryService repositoryService;
    @Autowired ProcessEngineConfiguration engineConfiguration;
    @Autowired RetentionPurge purge;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyDeployedProcessAndDecisionIsKept1095Days() {
        var processes = repositoryService.createProcessDefinitionQuery().list();
        var decisions = repositoryService.createDecisionDefinitionQuery().list();
        assertThat(processes).extracting(ProcessDefinition::getKey)
                .contains("quarterly-evaluation", "annual-grade", "evaluation-campaign");
        assertThat(decisions).extracting(DecisionDefinition::getKey).contains("grade-band", "quarterly-deadlines");
        assertThat(processes).allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as(p.getKey()).isEqualTo(1095));
        assertThat(decisions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(1095));
    }

    @Test
    void historyCleanupHasItsNightlyWindow() {
        var config = (ProcessEngineConfigurationImpl) engineConfiguration;
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
        assertThat(config.getHistoryTimeToLive()).isEqualTo("P1095D");
        assertThat(config.isEnforceHistoryTimeToLive()).isTrue();
    }

    /** In the past, so that the cutoff lies before every record of the shared test context but two of its own. */
    @Test
    void recordsOlderThanThreeYearsArePurgedOnceADayAndOnlyByOneNode() {
        Instant now = Instant.parse("2022-06-01T00:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));
        insertAudit(now.minus(1096, ChronoUnit.DAYS), "old");
        insertAudit(now.minus(1000, ChronoUnit.DAYS), "recent");

        var removed = purge.purgeToday();
        assertThat(removed).containsEntry("audit_event", 1).containsKeys("scorecard_quarterly_result",
                "scorecard_yearly_grade", "acquaintance", "calibration_application", "campaign_entry", "notification");
        assertThat(jdbc.queryForList("select resource_id from audit_event where resource_type = 'RETENTION-TEST'",
                String.class)).containsExactly("recent");
        // The same day again (this node or another): nothing runs.
        assertThat(purge.purgeToday()).isEmpty();
        // Another node racing for the day's lock fails on its primary key and leaves everything as it was.
        LocalDate today = LocalDate.of(2022, 6, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                        "insert into retention_run (run_date, node, started_at) values (?, 'other', ?)", today,
                        Timestamp.from(now)))
                .isInstanceOf(DataIntegrityViolationException.class);
        // Deleting by the cutoff is idempotent.
        assertThat(purge.purgeOlderThan(now.minus(1095, ChronoUnit.DAYS))).allSatisfy((table, rows) ->
                assertThat(rows).as(table).isZero());
    }

    private void insertAudit(Instant at, String id) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, resource_type, resource_id) "
                + "values (?, 'test', 'READ', 'RETENTION-TEST', ?)", Timestamp.from(at), id);
    }
}
