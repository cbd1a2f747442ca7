package kz.bagalau.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import kz.bagalau.support.PostgresInitializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A node is killed ({@code kill -9}) in the middle of starting a campaign's quarterly evaluations on PostgreSQL,
 * then started again: nothing is lost, nothing is started twice. About a minute and a half (two JVM starts;
 * surefire execution "cluster-tests", see pom.xml).
 */
@Tag("cluster")
class CrashRecoveryTests {

    static final int ORGANISATIONS = 15;
    static final int SERVANTS = ORGANISATIONS * GeneratedCampaign.EVALUATED_PER_ORGANISATION;
    static final String CAMPAIGN = "--node.campaign.organisations=" + ORGANISATIONS;

    @Test
    void aNodeKilledMidCampaignLosesNoEvaluationAndStartsNoneTwice() throws Exception {
        String url = PostgresInitializer.newDatabaseUrl();

        Process first = Nodes.child("crash-1", Nodes.freePort(), url, CAMPAIGN);
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> !first.isAlive() || count(url, STARTED) >= SERVANTS / 4);
            assertThat(first.isAlive()).as("still starting evaluations when killed (see target/nodes/crash-1.log)")
                    .isTrue();
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        long startedBeforeTheCrash = count(url, STARTED);
        assertThat(startedBeforeTheCrash).isBetween(1L, SERVANTS - 1L);
        // Whatever the kill interrupted was rolled back whole: every instance that exists is complete.
        assertConsistent(url, startedBeforeTheCrash);

        Process second = Nodes.child("crash-2", Nodes.freePort(), url, CAMPAIGN);
        try {
            assertThat(second.waitFor(3, TimeUnit.MINUTES)).as("the restarted campaign finished").isTrue();
            assertThat(second.exitValue()).as("see target/nodes/crash-2.log").isZero();
        } finally {
            second.destroyForcibly();
        }
        assertConsistent(url, SERVANTS);
    }

    static final String STARTED = "select count(*) from act_hi_procinst where proc_def_key_ = 'quarterly-evaluation'";

    /** One instance per business key, each waiting for its evaluator's sheet, with its record and its claim. */
    static void assertConsistent(String url, long evaluations) throws SQLException {
        assertThat(count(url, STARTED)).isEqualTo(evaluations);
        assertThat(count(url, "select count(distinct business_key_) from act_hi_procinst"
                + " where proc_def_key_ = 'quarterly-evaluation'")).as("business keys").isEqualTo(evaluations);
        assertThat(count(url, "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                + " where d.key_ = 'quarterly-evaluation' and e.parent_id_ is null")).as("running").isEqualTo(evaluations);
        assertThat(count(url, "select count(*) from act_ru_task where task_def_key_ = 'Task_Score'"))
                .as("scoring tasks").isEqualTo(evaluations);
        assertThat(count(url, "select count(*) from act_hi_procinst p where p.proc_def_key_ = 'quarterly-evaluation'"
                + " and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = p.proc_inst_id_)"))
                .as("instances without a task").isZero();
        assertThat(count(url, "select count(*) from scorecard_quarterly_result where period_year = 2026"
                + " and period_quarter = 1")).as("quarterly results").isEqualTo(evaluations);
        assertThat(count(url, "select count(*) from process_business_key k join act_hi_procinst p"
                + " on p.proc_inst_id_ = k.process_instance_id and p.business_key_ = k.business_key"))
                .as("claimed business keys").isEqualTo(evaluations);
    }

    static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, Nodes.USER, Nodes.USER);
             var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
