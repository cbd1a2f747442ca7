package kz.bagalau.security;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes application records older than 3 years (000 §8, 003 §14, 004 §13), once a day. The engine's own
 * history goes by {@code historyTimeToLive} (P1095D on every definition) and its history cleanup job.
 * <p>
 * Cluster-safe and idempotent: the run inserts today's row into {@code retention_run} in the same transaction as
 * the deletes. A second node inserting the same day's row fails on the primary key and does nothing; a run that
 * fails rolls its row back and is retried at the next tick. Deleting "older than the cutoff" twice removes
 * nothing the second time.
 */
@Service
public class RetentionPurge {

    public static final Period KEPT = Period.ofDays(1095);

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final JdbcTemplate jdbc;
    private final List<RetainedRecords> tables;
    private final ZoneId zone;

    RetentionPurge(JdbcTemplate jdbc, List<RetainedRecords> tables,
                   @Value("${bagalau.default-time-zone:Asia/Almaty}") String zone) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.zone = ZoneId.of(zone);
    }

    /**
     * Runs today's purge unless a node ran it already.
     *
     * @return rows deleted per table, or an empty map when today's run was done already
     */
    @Transactional
    public Map<String, Integer> purgeToday() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (jdbc.queryForObject("select count(*) from retention_run where run_date = ?", Integer.class, today) > 0) {
            return Map.of();
        }
        // The lock: a concurrent node fails here on the primary key (and its transaction rolls back).
        jdbc.update("insert into retention_run (run_date, node, started_at) values (?, ?, ?)", today, node(),
                Timestamp.from(now));
        Map<String, Integer> removed = purgeOlderThan(today.minus(KEPT).atStartOfDay(zone).toInstant());
        jdbc.update("update retention_run set removed = ? where run_date = ?", removed.toString(), today);
        log.info("Retention purge {}: removed {}", today, removed);
        return removed;
    }

    /** Deletes every retained table's rows older than the cutoff; safe to repeat. */
    @Transactional
    public Map<String, Integer> purgeOlderThan(Instant cutoff) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (RetainedRecords t : tables) {
            removed.merge(t.table(), jdbc.update(t.deleteStatement(), Timestamp.from(cutoff)), Integer::sum);
        }
        return removed;
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (java.net.UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }

    /** Every night (cron {@code bagalau.retention.cron}); a separate bean so that the call goes through the proxy. */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        private final RetentionPurge purge;

        Schedule(RetentionPurge purge) {
            this.purge = purge;
        }

        @Scheduled(cron = "${bagalau.retention.cron:0 30 2 * * *}", zone = "${bagalau.default-time-zone:Asia/Almaty}")
        void nightly() {
            try {
                purge.purgeToday();
            } catch (DataIntegrityViolationException ranElsewhere) {
                log.info("Retention purge of today ran on another node");
            }
        }
    }

    /**
     * The application tables kept 3 years (docs/security.md, "Retention"). Current data — organisations,
     * servants, calendar years, co-evaluator designations — is not a dated document and stays.
     */
    @Configuration(proxyBeanMethods = false)
    static class Tables {

        @Bean
        RetainedRecords retainedAuditEvents() {
            return new RetainedRecords("audit_event", "occurred_at", null);
        }

        /** Results and, by cascade, their scores. */
        @Bean
        RetainedRecords retainedQuarterlyResults() {
            return new RetainedRecords("scorecard_quarterly_result", "updated_at", null);
        }

        @Bean
        RetainedRecords retainedYearlyGrades() {
            return new RetainedRecords("scorecard_yearly_grade", "formed_at", null);
        }

        @Bean
        RetainedRecords retainedAcquaintances() {
            return new RetainedRecords("acquaintance", "acquainted_at", null);
        }

        @Bean
        RetainedRecords retainedCalibrationApplications() {
            return new RetainedRecords("calibration_application", "applied_at", null);
        }

        @Bean
        RetainedRecords retainedCampaignEntries() {
            return new RetainedRecords("campaign_entry", "recorded_at", null);
        }

        /** Sent, logged or failed messages; one still waiting for the sender stays. */
        @Bean
        RetainedRecords retainedNotifications() {
            return new RetainedRecords("notification", "created_at", "status <> 'PENDING'");
        }
    }
}
