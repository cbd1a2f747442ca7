package kz.bagalau.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;

import javax.sql.DataSource;

import kz.bagalau.campaign.Campaigns;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.scorecard.DisciplinaryCap;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.scorecard.ScorecardDecisions;
import kz.bagalau.security.IdentitySync;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmarks 1-4 of issue 14 on one embedded PostgreSQL with durable commits: Bagalau (its own database)
 * against a bare 7.24 engine (database {@code bare}) measured in the same run. Runs only under
 * {@code mvn -Pbench verify}; docs/benchmarks.md explains each figure.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchPostgres.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalScaleBench {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final String PERIOD = "2026-Q3";
    static final String PASSWORD = "bench-password";

    @Autowired OrganisationModel model;
    @Autowired Campaigns campaigns;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired IdentitySync identitySync;
    @Autowired ScorecardDecisions scorecardDecisions;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    ProcessEngine bare;
    JdbcTemplate bareJdbc;
    /** The largest organisation launched: its evaluator and HR are the participants of the query benchmark. */
    OrgFixture largest;

    @BeforeAll
    void bareEngine() {
        DataSource pool = BenchPostgres.pool("bare");
        bare = BareEngine.start(pool);
        bareJdbc = new JdbcTemplate(pool);
        bare.getRepositoryService().createDeployment().addModelInstance("bare.bpmn", BareEngine.oneTaskProcess())
                .addClasspathResource("dmn/grade-band.dmn").addClasspathResource("dmn/disciplinary-cap.dmn").deploy();
        System.out.printf("[bench] PostgreSQL fsync=%s synchronous_commit=%s%n", BenchPostgres.setting("fsync"),
                BenchPostgres.setting("synchronous_commit"));
        assertThat(BenchPostgres.setting("fsync")).isEqualTo("on");
        assertThat(BenchPostgres.setting("synchronous_commit")).isEqualTo("on");
    }

    @AfterAll
    void closeBare() {
        bare.close();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    static List<Integer> sizes() {
        List<Integer> sizes = new ArrayList<>(Arrays.stream(System.getProperty("bench.n", "1000,10000").split(","))
                .map(String::trim).map(Integer::parseInt).toList());
        if (Boolean.getBoolean("bench.national")) {
            sizes.add(100_000);
        }
        return sizes;
    }

    // --- 1. campaign launch

    @Test
    @Order(1)
    void campaignLaunch() {
        BenchReport report = new BenchReport("campaign-launch");
        report.fact("fsync", BenchPostgres.setting("fsync"));
        report.fact("synchronous_commit", BenchPostgres.setting("synchronous_commit"));
        Map<Integer, double[]> perServant = new LinkedHashMap<>();
        warmUp();
        for (int n : sizes()) {
            OrgFixture org = organisation("bench" + n, n);
            ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 10, 1).atTime(9, 0).atZone(ALMATY).toInstant()));
            String campaign = approvedCampaign(org);
            Map<String, long[]> before = tableStats(jdbc);
            resetStatements(jdbc);
            long t0 = System.nanoTime();
            CpuMeter cpu = CpuMeter.start();
            runJobs(campaign);
            double bagalauSeconds = (System.nanoTime() - t0) / 1e9;
            report.fact("time per servant (N=" + n + ")", cpu.perUnit(n));
            writeStatements(jdbc, "launch-" + n, n);
            report.fact("database work per servant (N=" + n + ")", statsPerServant(before, tableStats(jdbc), n));
            ClockUtil.reset();
            long launched = runtimeService.createProcessInstanceQuery().processDefinitionKey("quarterly-evaluation")
                    .processInstanceBusinessKeyLike(org.code + "/%").count();
            assertThat(launched).as("one evaluation per corps B servant").isEqualTo(n);
            // (not the campaign's own instance, whose key <org>/<edition>/<period> matches too)
            String one = runtimeService.createProcessInstanceQuery().processDefinitionKey("quarterly-evaluation")
                    .processInstanceBusinessKeyLike(org.code + "/%").listPage(0, 1).get(0).getId();
            int variables = runtimeService.getVariables(one).size();
            Map<String, long[]> bareBefore = tableStats(bareJdbc);
            CpuMeter bareCpu = CpuMeter.start();
            double bareSeconds = bareStarts(n, variables);
            report.fact("time per bare start (N=" + n + ")", bareCpu.perUnit(n));
            report.fact("database work per bare start (N=" + n + ")", statsPerServant(bareBefore, tableStats(bareJdbc), n));
            perServant.put(n, new double[] {bagalauSeconds / n * 1000, bareSeconds / n * 1000});
            report.fact("variables per instance (N=" + n + ")", variables);
            report.add("campaign launch N=" + n + " (s)", bagalauSeconds, bareSeconds, "s", "<= 1.3",
                    bagalauSeconds / bareSeconds <= 1.3, "baseline: " + n + " bare one-task instances with "
                            + variables + " variables, each started by RuntimeService in its own transaction");
            report.add("per servant N=" + n + " (ms)", bagalauSeconds / n * 1000, bareSeconds / n * 1000, "ms", null,
                    null, null);
            largest = org;
        }
        identityResync(report);
        List<Integer> ns = new ArrayList<>(perServant.keySet());
        for (int i = 1; i < ns.size(); i++) {
            double growth = perServant.get(ns.get(i))[0] / perServant.get(ns.get(0))[0];
            double bareGrowth = perServant.get(ns.get(i))[1] / perServant.get(ns.get(0))[1];
            report.add("linearity: per-servant cost N=" + ns.get(i) + " / N=" + ns.get(0), growth, bareGrowth, "x",
                    "~1 (linear)", growth <= 1.5, "baseline: the same growth of the bare engine");
        }
        report.write();
    }

    /**
     * The identity re-sync every node runs before it reports ready ({@code IdentitySync.syncAll}), over every
     * servant the launches created: once as after a restore (the bulk-inserted servants have no users yet),
     * then as on an ordinary restart (nothing changed).
     */
    void identityResync(BenchReport report) {
        long servants = jdbc.queryForObject("select count(*) from servant", Long.class);
        long t0 = System.nanoTime();
        identitySync.syncAll();
        double first = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        identitySync.syncAll();
        double again = (System.nanoTime() - t0) / 1e9;
        report.fact("identity re-sync at start over " + servants + " servants (s)", String.format(java.util.Locale.ROOT,
                "%.2f creating their users and groups, %.2f on a restart with nothing changed", first, again));
    }

    /**
     * Per table: scans (sequential + index), rows inserted, updated, deleted, sequential scans and the rows they
     * read, from PostgreSQL's statistics.
     */
    Map<String, long[]> tableStats(JdbcTemplate db) {
        try {
            Thread.sleep(1_000); // the statistics arrive when a backend reports them, at most 500 ms late
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.execute("select pg_stat_clear_snapshot()");
        Map<String, long[]> stats = new java.util.TreeMap<>();
        db.query("select relname, seq_scan, coalesce(idx_scan, 0), n_tup_ins, n_tup_upd, n_tup_del, seq_tup_read"
                + " from pg_stat_user_tables", rs -> {
            stats.put(rs.getString(1).toLowerCase(), new long[] {rs.getLong(2) + rs.getLong(3), rs.getLong(4),
                    rs.getLong(5), rs.getLong(6), rs.getLong(2), rs.getLong(7)});
        });
        stats.put("(transactions)", new long[] {db.queryForObject(
                "select xact_commit from pg_stat_database where datname = current_database()", Long.class), 0, 0, 0,
                0, 0});
        return stats;
    }

    /** What one launched evaluation cost the database: the tables it touched, busiest first. */
    static String statsPerServant(Map<String, long[]> before, Map<String, long[]> after, int n) {
        List<String> lines = new ArrayList<>();
        double[] total = new double[6];
        after.entrySet().stream().map(e -> {
            long[] b = before.getOrDefault(e.getKey(), new long[6]);
            double[] d = new double[6];
            for (int i = 0; i < 6; i++) {
                d[i] = (e.getValue()[i] - b[i]) / (double) n;
            }
            return Map.entry(e.getKey(), d);
        }).filter(e -> Arrays.stream(e.getValue()).anyMatch(v -> v > 0.005))
                .sorted((a, b) -> Double.compare(Arrays.stream(b.getValue()).sum(), Arrays.stream(a.getValue()).sum()))
                .forEach(e -> {
                    double[] d = e.getValue();
                    if (!e.getKey().startsWith("(")) {
                        for (int i = 0; i < 6; i++) {
                            total[i] += d[i];
                        }
                    }
                    lines.add(describe(e.getKey(), d));
                });
        lines.add(0, describe("all tables", total));
        return String.join("; ", lines);
    }

    static void resetStatements(JdbcTemplate db) {
        db.execute("create extension if not exists pg_stat_statements");
        db.execute("select pg_stat_statements_reset()");
    }

    /** The statements of this database since the reset, by total time: calls and milliseconds per unit of work. */
    static void writeStatements(JdbcTemplate db, String phase, int units) {
        List<String> lines = new ArrayList<>();
        // planning (pg_stat_statements.track_planning) is counted apart: a statement planned on every run can cost
        // more to plan than to run
        lines.add(String.format(java.util.Locale.ROOT, "%-8s %-8s %-8s %-8s %-8s %s", "calls/u", "ms/u", "ms/call",
                "plans/u", "plan ms/u", "statement"));
        db.query("""
                select calls, total_exec_time, plans, total_plan_time, query from pg_stat_statements
                where dbid = (select oid from pg_database where datname = current_database())
                order by total_exec_time + total_plan_time desc limit 40""", rs -> {
            lines.add(String.format(java.util.Locale.ROOT, "%-8.2f %-8.3f %-8.3f %-8.2f %-8.3f %s",
                    rs.getLong(1) / (double) units, rs.getDouble(2) / units, rs.getDouble(2) / Math.max(1, rs.getLong(1)),
                    rs.getLong(3) / (double) units, rs.getDouble(4) / units, rs.getString(5).replaceAll("\\s+", " ")));
        });
        Map<String, Object> total = db.queryForMap("""
                select sum(calls)::float8 as calls, sum(total_exec_time) as exec, sum(total_plan_time) as plan
                from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())""");
        lines.add(1, String.format(java.util.Locale.ROOT,
                "(all statements: %.1f calls, %.3f ms running and %.3f ms planning per unit)",
                ((Number) total.get("calls")).doubleValue() / units, ((Number) total.get("exec")).doubleValue() / units,
                ((Number) total.get("plan")).doubleValue() / units));
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/bench"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/bench/statements-" + phase + ".txt"), lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String describe(String table, double[] d) {
        String line = String.format(java.util.Locale.ROOT, "%s: scans %.2f, ins %.2f, upd %.2f, del %.2f", table,
                d[0], d[1], d[2], d[3]);
        // a sequential scan reading many rows is what an index would save
        return d[4] > 0.005 ? line + String.format(java.util.Locale.ROOT, " (of the scans %.2f sequential, reading"
                + " %.0f rows)", d[4], d[5]) : line;
    }

    private void warmUp() {
        OrgFixture org = organisation("benchwarm", Integer.getInteger("bench.warmUp", 200));
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 10, 1).atTime(9, 0).atZone(ALMATY).toInstant()));
        runJobs(approvedCampaign(org));
        ClockUtil.reset();
        bareStarts(Integer.getInteger("bench.warmUp", 200) * 2, 20);
    }

    /** A KZ-2025 organisation of {@code n} corps B servants: the fixture's five and the rest by bulk SQL. */
    OrgFixture organisation(String code, int n) {
        OrgFixture f = OrgFixture.create(model, code, Edition.KZ_2025);
        jdbc.update("""
                insert into servant (organisation_id, login, full_name_kk, full_name_ru, email, preferred_language,
                                     position_id, direct_supervisor_id, appointed_on, version)
                select o.id, ? || '.b' || g, 'Б' || g || ' Тестұлы', 'Б' || g || ' Тестович', ? || '.b' || g || '@test.kz',
                       'kk', p.position_id, h.id, date '2019-01-10', 0
                from organisation o cross join generate_series(1, ?) g
                     cross join (select position_id from servant where login = ?) p
                     cross join (select id from servant where login = ?) h
                where o.code = ?""", code, code, n - 5, f.spec2, f.unitHead, code);
        identitySync.setPassword(f.head, PASSWORD);
        identitySync.setPassword(f.hr, PASSWORD);
        // A steady-state organisation has statistics: without them the planner walks 10^4 freshly inserted
        // servants in nested loops (thousands of staff_position scans per started evaluation).
        jdbc.execute("analyze");
        return f;
    }

    String approvedCampaign(OrgFixture f) {
        String pi = campaigns.start(f.code, PERIOD).processInstanceId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(pi).singleResult().getId(),
                Map.of("plannedStart", "2026-10-01"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(pi).singleResult().getId(),
                Map.of("scheduleDecision", "APPROVE"));
        return pi;
    }

    void runJobs(String processInstanceId) {
        while (true) {
            var jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> managementService.executeJob(j.getId()));
        }
    }

    /** Seconds to start n bare instances with the given number of variables, each in its own transaction. */
    double bareStarts(int n, int variables) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            bare.getRuntimeService().startProcessInstanceByKey(BareEngine.PROCESS, "bare/" + i, bareVariables(i, variables));
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static Map<String, Object> bareVariables(int i, int count) {
        Map<String, Object> v = new HashMap<>();
        v.put("assignee", "bare.user" + (i % 1000));
        v.put("due", new Date(System.currentTimeMillis() + 86_400_000L * (i % 60 - 30)));
        for (int k = v.size(); k < count; k++) {
            v.put("v" + k, k % 2 == 0 ? "value-" + i + "-" + k : (Object) (i + k));
        }
        return v;
    }

    // --- 2. task completion with 10^5 open tasks

    @Test
    @Order(2)
    void taskCompletion() {
        BenchReport report = new BenchReport("task-completion");
        int open = Integer.getInteger("bench.openTasks", 100_000);
        int m = Integer.getInteger("bench.completions", 200);
        long bagalauOpen = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class);
        fillTasks(jdbc, (int) Math.max(0, open - bagalauOpen), true);
        // The bare engine: m instances to complete, the rest standalone tasks on the stock schema.
        for (int i = 0; i < 2 * m + 200; i++) {
            bare.getRuntimeService().startProcessInstanceByKey(BareEngine.PROCESS, "done/" + i, bareVariables(i, 20));
        }
        long bareOpen = bareJdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class);
        fillTasks(bareJdbc, (int) Math.max(0, open - bareOpen), false);
        report.fact("open tasks (bagalau)", jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class));
        report.fact("open tasks (bare)", bareJdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class));
        report.fact("open jobs (bagalau)", jdbc.queryForObject("select count(*) from ACT_RU_JOB", Long.class));
        report.fact("authorizations (bagalau)", jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class));
        jdbc.execute("analyze");
        bareJdbc.execute("analyze");

        List<Task> scoring = taskService.createTaskQuery().processDefinitionKey("quarterly-evaluation")
                .taskDefinitionKey("Task_Score").taskAssignee(largest.head).listPage(0, 3 * m + 50);
        List<Task> bareTasks = bare.getTaskService().createTaskQuery().processDefinitionKey(BareEngine.PROCESS)
                .listPage(0, 2 * m + 200);
        // warm-up (JIT) on both
        completeScoring(scoring.subList(0, 50));
        bareTasks.subList(0, 200).forEach(t -> bare.getTaskService().complete(t.getId()));

        Map<String, long[]> bareBefore = tableStats(bareJdbc);
        CpuMeter bareCpu = CpuMeter.start();
        double bareStock = perSecond(m, () -> bareTasks.subList(200, 200 + m).forEach(t -> bare.getTaskService().complete(t.getId())));
        report.fact("time per bare completion (stock schema)", bareCpu.perUnit(m));
        report.fact("database work per bare completion (stock schema)", statsPerServant(bareBefore, tableStats(bareJdbc), m));
        Map<String, long[]> before = tableStats(jdbc);
        resetStatements(jdbc);
        CpuMeter cpu = CpuMeter.start();
        double bagalau = perSecond(m, () -> completeScoring(scoring.subList(50, 50 + m)));
        report.fact("time per scoring completion", cpu.perUnit(m));
        writeStatements(jdbc, "completion", m);
        report.fact("database work per scoring completion", statsPerServant(before, tableStats(jdbc), m));
        jdbc.execute("drop index BGL_IDX_TASK_PARENT");
        jdbc.execute("analyze ACT_RU_TASK");
        double bagalauStock = perSecond(m, () -> completeScoring(scoring.subList(50 + m, 50 + 2 * m)));
        jdbc.execute("create index if not exists BGL_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)");
        report.fact("explain on the stock schema (bare engine)", explain(bareJdbc,
                "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'"));
        bareJdbc.execute("create index BGL_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)");
        bareJdbc.execute("analyze ACT_RU_TASK");
        double bareIndexed = perSecond(m, () -> bareTasks.subList(200 + m, 200 + 2 * m).forEach(t -> bare.getTaskService().complete(t.getId())));
        jdbc.execute("analyze");

        report.add("scoring tasks completed per s (FormService, as the evaluator, index)", bagalau, bareStock, "1/s",
                ">= 2.5", bagalau / bareStock >= 2.5, "baseline: bare engine completing its one-task instances, stock schema");
        report.add("what the index bought: Bagalau with / without BGL_IDX_TASK_PARENT", bagalau, bagalauStock, "1/s",
                null, null, null);
        report.add("bare engine with the index / stock", bareIndexed, bareStock, "1/s", null, null, null);
        report.fact("explain with BGL_IDX_TASK_PARENT", explain(jdbc,
                "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'"));

        report.write();
    }

    void completeScoring(List<Task> tasks) {
        identityService.setAuthentication(largest.head, groupsOf(largest.head));
        try {
            for (Task t : tasks) {
                formService.submitTaskForm(t.getId(), Variables.createVariables().putValue("score1", 4)
                        .putValue("score2", 5).putValue("score3", 4).putValue("score4", 3).putValue("score5", 5));
            }
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * Wall time and the CPU time of this JVM and of the PostgreSQL server over a phase, per unit of work: a
     * phase whose wall time is far above both CPU times waits on round trips and commits (fsync).
     */
    record CpuMeter(long wallNanos, double jvmSeconds, double threadSeconds, double serverSeconds) {

        static CpuMeter start() {
            return new CpuMeter(System.nanoTime(), jvmCpuSeconds(), threadCpuSeconds(), BenchPostgres.serverCpuSeconds());
        }

        /** The calling thread's CPU: the work itself, without the JIT compiler's and the collector's threads. */
        static double threadCpuSeconds() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
        }

        static double jvmCpuSeconds() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        }

        String perUnit(int units) {
            return String.format(java.util.Locale.ROOT,
                    "wall %.2f ms, CPU of the working thread %.2f ms, of the whole JVM %.2f ms, of PostgreSQL %.2f ms",
                    (System.nanoTime() - wallNanos) / 1e6 / units, (threadCpuSeconds() - threadSeconds) * 1000 / units,
                    (jvmCpuSeconds() - jvmSeconds) * 1000 / units,
                    (BenchPostgres.serverCpuSeconds() - serverSeconds) * 1000 / units);
        }
    }

    static double perSecond(int count, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return count / ((System.nanoTime() - t0) / 1e9);
    }

    /**
     * Open standalone tasks by bulk SQL (the load, not the work measured): assigned to 1 000 other logins or
     * offered to 100 other groups, due within ±30 days; with authorization (Bagalau) each gets the HR grant
     * its organisation would have.
     */
    static void fillTasks(JdbcTemplate db, int count, boolean grants) {
        if (count <= 0) {
            return;
        }
        db.execute("create temporary table if not exists filler (id varchar(64), g int)");
        db.execute("truncate filler");
        db.update("insert into filler select gen_random_uuid()::text, g from generate_series(1, ?) g", count);
        db.update("""
                insert into ACT_RU_TASK (ID_, REV_, NAME_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_,
                                         SUSPENSION_STATE_, ASSIGNEE_, TASK_STATE_)
                select id, 1, 'Filler ' || g, 50, now() - interval '10 days', now(),
                       now() + (g % 61 - 30) * interval '1 day', 1,
                       case when g % 3 = 0 then null else 'filler.u' || (g % 1000) end, 'Created'
                from filler""");
        db.update("""
                insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
                select gen_random_uuid()::text, 1, 'org-filler' || (g % 100), 'candidate', id from filler where g % 3 = 0""");
        if (grants) {
            db.update("""
                    insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)
                    select gen_random_uuid()::text, 1, 1, 'hr-filler' || (g % 100), 7, id, 2 from filler""");
        }
        db.execute("drop table filler");
    }

    static String explain(JdbcTemplate db, String sql) {
        return String.join("\n", db.queryForList("explain " + sql, String.class));
    }

    List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    // --- 3. task queries with 10^5 open / 10^6 historic tasks

    @Test
    @Order(3)
    void taskQueries() throws Exception {
        BenchReport report = new BenchReport("task-queries");
        int historic = Integer.getInteger("bench.historicTasks", 1_000_000);
        long existing = jdbc.queryForObject("select count(*) from ACT_HI_TASKINST", Long.class);
        if (historic > existing) {
            jdbc.update("""
                    insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, NAME_, ASSIGNEE_, PRIORITY_,
                                                 START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, DUE_DATE_,
                                                 REMOVAL_TIME_, TASK_STATE_)
                    select gen_random_uuid()::text, 'Task_Score', 'quarterly-evaluation', 'Historic ' || g,
                           'filler.u' || (g % 5000), 50, now() - interval '400 days', now() - interval '390 days',
                           864000000, 'completed', now() - interval '395 days', now() + interval '700 days', 'Completed'
                    from generate_series(1, ?) g""", historic - existing);
            jdbc.execute("analyze");
        }
        report.fact("open tasks", jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class));
        report.fact("historic tasks (bulk SQL into ACT_HI_TASKINST)",
                jdbc.queryForObject("select count(*) from ACT_HI_TASKINST", Long.class));
        report.fact("authorizations", jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class));
        String head = largest.head;
        String hr = largest.hr;
        List<String> headGroups = groupsOf(head);
        List<String> hrGroups = groupsOf(hr);
        report.fact("participants", head + " " + headGroups + ", " + hr + " " + hrGroups);
        identitySync.setPassword("admin", PASSWORD);
        int iterations = Integer.getInteger("bench.queryIterations", 100);
        // The overdue count with authorization takes seconds for a participant with 10^4 visible tasks (the
        // engine's authorization join, docs/benchmarks.md): fewer rounds keep the run within 30 minutes.
        int countIterations = Integer.getInteger("bench.countIterations", 20);

        Map<String, Supplier<TaskQuery>> queries = new LinkedHashMap<>();
        queries.put("my tasks (list 15)", () -> taskService.createTaskQuery().taskAssignee(head).orderByDueDate().asc());
        queries.put("overdue (list 15)", () -> taskService.createTaskQuery().or().taskAssignee(head)
                .taskCandidateGroupIn(headGroups).includeAssignedTasks().endOr().dueBefore(new Date())
                .orderByDueDate().asc());
        queries.put("HR: my organisation (list 15)", () -> taskService.createTaskQuery()
                .processInstanceBusinessKeyLike(largest.code + "/%").orderByDueDate().asc());
        queries.put("overdue count", () -> taskService.createTaskQuery().or().taskAssignee(head)
                .taskCandidateGroupIn(headGroups).includeAssignedTasks().endOr().dueBefore(new Date()));
        Map<String, String> users = Map.of("my tasks (list 15)", head, "overdue (list 15)", head,
                "HR: my organisation (list 15)", hr, "overdue count", head);
        Map<String, List<String>> groups = Map.of(head, headGroups, hr, hrGroups);

        for (var q : queries.entrySet()) {
            boolean count = q.getKey().contains("count");
            Runnable run = () -> {
                if (count) {
                    q.getValue().get().count();
                } else {
                    q.getValue().get().listPage(0, 15);
                }
            };
            String user = users.get(q.getKey());
            int rounds = count ? countIterations : iterations;
            resetStatements(jdbc);
            double[] participant = time(rounds, () -> {
                identityService.setAuthentication(user, groups.get(user));
                try {
                    run.run();
                } finally {
                    identityService.clearAuthentication();
                }
            });
            writeStatements(jdbc, "query-" + q.getKey().replaceAll("\\W+", "-"), rounds + Math.max(3, rounds / 5));
            double[] admin = time(rounds, run);
            figure(report, "engine API: " + q.getKey(), participant, admin, !count);
            if (!count) {
                // what /engine-rest does before it serialises: the same list with each task's form resolved
                double[] withForms = time(rounds, () -> {
                    identityService.setAuthentication(user, groups.get(user));
                    try {
                        q.getValue().get().initializeFormKeys().listPage(0, 15);
                    } finally {
                        identityService.clearAuthentication();
                    }
                });
                report.add("engine API with form keys: " + q.getKey() + " p50 (ms)", BenchReport.percentile(withForms, 50),
                        BenchReport.percentile(participant, 50), "ms", null, null,
                        "participant; baseline: the same list without resolving forms");
            }
        }

        SimpleDateFormat rest = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        rest.setTimeZone(TimeZone.getTimeZone("UTC"));
        String groupsJson = headGroups.stream().map(g -> "\"" + g + "\"").reduce((a, b) -> a + "," + b).orElse("");
        Map<String, String[]> restQueries = new LinkedHashMap<>();
        restQueries.put("my tasks (list 15)", new String[] {"/engine-rest/task?firstResult=0&maxResults=15",
                "{\"assignee\":\"" + head + "\",\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}"});
        Supplier<String> overdue = () -> "{\"orQueries\":[{\"assignee\":\"" + head + "\",\"candidateGroups\":[" + groupsJson
                + "],\"includeAssignedTasks\":true}],\"dueBefore\":\"" + rest.format(new Date()) + "\"";
        restQueries.put("overdue (list 15)", new String[] {"/engine-rest/task?firstResult=0&maxResults=15",
                overdue.get() + ",\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}"});
        restQueries.put("HR: my organisation (list 15)", new String[] {"/engine-rest/task?firstResult=0&maxResults=15",
                "{\"processInstanceBusinessKeyLike\":\"" + largest.code + "/%\",\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}"});
        restQueries.put("overdue count", new String[] {"/engine-rest/task/count", overdue.get() + "}"});
        HttpClient client = HttpClient.newHttpClient();
        for (var q : restQueries.entrySet()) {
            String user = users.get(q.getKey());
            int rounds = q.getKey().contains("count") ? countIterations : iterations;
            double[] participant = time(rounds, () -> post(client, q.getValue()[0], q.getValue()[1], user));
            double[] admin = time(rounds, () -> post(client, q.getValue()[0], q.getValue()[1], "admin"));
            figure(report, "/engine-rest: " + q.getKey(), participant, admin, !q.getKey().contains("count"));
        }
        report.fact("explain: my tasks (no authorization)", explain(jdbc,
                "select * from ACT_RU_TASK where ASSIGNEE_ = '" + head + "' order by DUE_DATE_ limit 15"));
        report.write();
    }

    void post(HttpClient client, String path, String body, String user) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " as " + user + ": " + response.statusCode() + " " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double[] time(int iterations, Runnable run) {
        for (int i = 0; i < Math.max(3, iterations / 5); i++) {
            run.run();
        }
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            run.run();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        return millis;
    }

    static void figure(BenchReport report, String what, double[] participant, double[] admin, boolean list) {
        double p95 = BenchReport.percentile(participant, 95);
        double baseP95 = BenchReport.percentile(admin, 95);
        report.add(what + " p50 (ms)", BenchReport.percentile(participant, 50), BenchReport.percentile(admin, 50),
                "ms", null, null, "participant with authorization vs admin without");
        report.add(what + " p95 (ms)", p95, baseP95, "ms", list ? "<= 2x and < 50 ms" : "<= 2x",
                p95 <= 2 * baseP95 && (!list || p95 < 50), null);
    }

    // --- 4. grading

    @Test
    @Order(4)
    void grading() {
        BenchReport report = new BenchReport("grading");
        Map<String, String> versions = scorecardDecisions.currentVersions(ScorecardDecisions.GRADE_BAND,
                ScorecardDecisions.DISCIPLINARY_CAP);
        List<BigDecimal> scores = new ArrayList<>();
        for (int i = 0; i <= 500; i++) {
            scores.add(BigDecimal.valueOf(i).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.UNNECESSARY));
        }
        String[] sanctions = {"NONE", "REMARK", "REPRIMAND", "SEVERE_REPRIMAND", "DEMOTION"};
        // identical results over every boundary: every score 0.00..5.00 and every kind of sanction
        int compared = 0;
        for (int i = 0; i < scores.size(); i++) {
            BigDecimal score = scores.get(i);
            String sanction = sanctions[i % sanctions.length];
            Object[] ours = gradePair(score, sanction, versions);
            Object[] base = barePair(score, sanction);
            assertThat(ours).as("score %s, sanction %s", score, sanction).containsExactly(base);
            compared++;
        }
        for (String sanction : sanctions) {
            assertThat(gradePair(BigDecimal.ONE.setScale(2), sanction, versions))
                    .containsExactly(barePair(BigDecimal.ONE.setScale(2), sanction));
        }
        report.fact("inputs compared, identical results", compared + sanctions.length);
        int rounds = Integer.getInteger("bench.gradingRounds", 2);
        for (int r = 0; r < rounds; r++) { // warm-up
            runPairs(scores, sanctions, versions, true);
            runPairs(scores, sanctions, versions, false);
        }
        double ours = perSecond(scores.size(), () -> runPairs(scores, sanctions, versions, true));
        double base = perSecond(scores.size(), () -> runPairs(scores, sanctions, versions, false));
        report.add("grade-band + disciplinary-cap pairs per s", ours, base, "1/s", ">= 3", ours / base >= 3,
                "Bagalau: ScorecardDecisions, pinned versions, legacy FEEL, no decision history for these two, in the"
                        + " step's transaction; baseline: bare engine evaluateDecisionTableByKey, default FEEL, full history");
        report.write();
    }

    void runPairs(List<BigDecimal> scores, String[] sanctions, Map<String, String> versions, boolean bagalau) {
        for (int i = 0; i < scores.size(); i++) {
            if (bagalau) {
                gradePair(scores.get(i), sanctions[i % sanctions.length], versions);
            } else {
                barePair(scores.get(i), sanctions[i % sanctions.length]);
            }
        }
    }

    /** As {@code Task_GradeResult} runs it: both tables in the step's one transaction. */
    Object[] gradePair(BigDecimal score, String sanction, Map<String, String> versions) {
        return transactions.execute(s -> {
            Grade grade = scorecardDecisions.grade(score, versions);
            DisciplinaryCap cap = scorecardDecisions.disciplinaryCap(sanction, versions);
            return new Object[] {grade.name(), cap.maxScore().stripTrailingZeros(), cap.appliesTo().name()};
        });
    }

    Object[] barePair(BigDecimal score, String sanction) {
        var ds = bare.getDecisionService();
        String grade = (String) ds.evaluateDecisionTableByKey("grade-band", Map.of("score", score)).getSingleEntry();
        Map<String, Object> cap = ds.evaluateDecisionTableByKey("disciplinary-cap", Map.of("sanction", sanction))
                .getSingleResult().getEntryMap();
        return new Object[] {grade, new BigDecimal(cap.get("maxScore").toString()).stripTrailingZeros(),
                cap.get("capAppliesTo")};
    }
}
