package kz.bagalau.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.quarterly.CoEvaluators;
import kz.bagalau.quarterly.QuarterlyEvaluations;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.PostgresInitializer;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Bagalau nodes on one PostgreSQL, as in production: node 1 in this JVM, node 2 in a child JVM, both with
 * their job executor on. Users reach node 2 through the engine REST API ({@code /engine-rest}) and node 1 through
 * its engine's Java API (as the assignee): the engine REST API finds engines by name in a JVM-wide registry that
 * the suite's other contexts share. About a minute (one JVM start).
 */
@Tag("cluster")
class TwoNodeClusterTests {

    static final String PASSWORD = "cluster-pass";
    static final LocalDate EVALUATED_ON = LocalDate.of(2026, 4, 10);

    static String url;
    static int port1;
    static int port2;
    static ConfigurableApplicationContext node1;
    static Process node2;

    @BeforeAll
    static void startTwoNodes() {
        url = PostgresInitializer.newDatabaseUrl();
        port1 = Nodes.freePort();
        node1 = Nodes.inProcess("node-1", port1, url);
        // The second node joins a database the first has created (docker/compose.yaml starts them in this order).
        port2 = Nodes.freePort();
        node2 = Nodes.child("node-2", port2, url);
        Nodes.awaitStarted(node2, port2, Duration.ofMinutes(3));
    }

    @AfterAll
    static void stopNodes() {
        Nodes.stop(node2);
        if (node1 != null) {
            node1.close();
        }
    }

    @Test
    void bothNodesAreHealthyAndTheModelsWereDeployedOnce() throws SQLException {
        assertThat(Rest.anonymous(port1).get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(Rest.anonymous(port2).get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(count("select count(*) from act_re_procdef where key_ = 'quarterly-evaluation'")).isEqualTo(1);
        assertThat(count("select count(*) from act_re_decision_def where key_ = 'grade-band'")).isEqualTo(1);
        assertThat(count("select count(*) from act_re_deployment")).isEqualTo(1);
    }

    @Test
    void timersStartedOnBothNodesFireOnceEach_andBothNodesRunJobs() throws SQLException {
        engine().getRepositoryService().createDeployment().addModelInstance("cluster-timer.bpmn",
                Bpmn.createExecutableProcess("cluster-timer").camundaHistoryTimeToLive(1).startEvent()
                        .intermediateCatchEvent("Timer_Wait").timerWithDuration("PT1S")
                        .serviceTask("Task_AfterTimer").camundaExpression("${true}").endEvent().done()).deploy();
        // Which node takes a due timer is up to their job executors: a busy machine may need more than one round.
        int perNode = 30;
        long started = 0;
        for (int round = 0; round < 3 && (round == 0 || timerNodes() < 2); round++) {
            for (int i = 0; i < perNode; i++) {
                engine().getRuntimeService().startProcessInstanceByKey("cluster-timer", "timer/1/" + round + "/" + i);
                assertThat(admin(port2).post("/engine-rest/process-definition/key/cluster-timer/start",
                        "{\"businessKey\":\"timer/2/" + round + "/" + i + "\"}").statusCode()).isEqualTo(200);
            }
            started += 2L * perNode;
            long expected = started;
            await().atMost(Duration.ofMinutes(1)).until(() -> count("select count(*) from act_hi_procinst"
                    + " where proc_def_key_ = 'cluster-timer' and end_time_ is not null") == expected);
        }

        assertThat(count("select count(*) from act_hi_actinst where proc_def_key_ = 'cluster-timer'"
                + " and act_id_ = 'Task_AfterTimer'")).as("each timer led on once").isEqualTo(started);
        assertThat(count("select count(*) from (select job_id_ from act_hi_job_log where process_def_key_ ="
                + " 'cluster-timer' and job_state_ = 2 group by job_id_ having count(*) > 1) twice"))
                .as("timer jobs that succeeded twice").isZero();
        assertThat(timerNodes()).as("nodes that ran timers").isEqualTo(2);
    }

    static long timerNodes() throws SQLException {
        return count("select count(distinct hostname_) from act_hi_job_log where process_def_key_ = 'cluster-timer'"
                + " and job_state_ = 2");
    }

    @Test
    void scoresSubmittedAtOnceThroughBothNodesAreEachCountedOnce() throws Exception {
        OrgFixture f = organisationWithCoEvaluators("cl1");
        List<String> servants = List.of(f.spec1, f.spec2, f.code + ".extra0", f.code + ".extra1", f.code + ".extra2");
        List<String> instances = servants.stream().map(login -> bean(QuarterlyEvaluations.class)
                .start(f.code, login, 2026, 1, EVALUATED_ON).processInstanceId()).toList();
        List<Task> tasks = engine().getTaskService().createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
                .taskDefinitionKey("Task_Score").list();
        assertThat(tasks).hasSize(15);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            boolean viaNode1 = i % 2 == 0;
            answers.add(pool.submit(() -> {
                go.await();
                return complete(task, viaNode1);
            }));
        }
        go.countDown();
        for (Future<String> answer : answers) {
            assertThat(answer.get()).isEqualTo(DONE);
        }
        pool.shutdown();

        // 25 + 20 + 20 = 65 over 15 scores = 4.33, as with one node (QuarterlyEvaluationProcessTests)
        for (String login : servants) {
            var result = bean(QuarterlyResults.class).find(new QuarterRef(f.code, login, 2026, 1)).orElseThrow();
            assertThat(result.sheets()).hasSize(3);
            assertThat(result.getFinalScore()).isEqualByComparingTo("4.33");
        }
        for (String instance : instances) {
            assertThat(count("select count(*) from act_hi_actinst where proc_inst_id_ = '" + instance
                    + "' and act_id_ = 'Task_GradeResult'")).as("graded once").isEqualTo(1);
            assertThat(engine().getTaskService().createTaskQuery().processInstanceId(instance).singleResult()
                    .getTaskDefinitionKey()).isEqualTo("Task_AcknowledgeResult");
        }
    }

    @Test
    void aCompletionThatMeetsAnotherNodesChangeIsRetried_notA500() throws Exception {
        OrgFixture f = organisationWithCoEvaluators("cl2");
        String instance = bean(QuarterlyEvaluations.class).start(f.code, f.spec1, 2026, 1, EVALUATED_ON)
                .processInstanceId();
        List<Task> tasks = engine().getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("Task_Score").list();
        Task byHead = tasks.stream().filter(t -> t.getAssignee().equals(f.head)).findFirst().orElseThrow();
        Task byUnitHead = tasks.stream().filter(t -> t.getAssignee().equals(f.unitHead)).findFirst().orElseThrow();
        assertThat(complete(byHead, true)).isEqualTo(DONE);
        double retriesBefore = retries();

        // Another node's transaction holds the multi-instance counter when node 2 completes the next sheet ...
        try (Connection other = DriverManager.getConnection(url, Nodes.USER, Nodes.USER)) {
            other.setAutoCommit(false);
            String counter = string(other, "select id_ from act_ru_variable where proc_inst_id_ = '" + instance
                    + "' and name_ = 'nrOfCompletedInstances'");
            string(other, "select rev_ from act_ru_variable where id_ = '" + counter + "' for update");
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> complete(byUnitHead, false));
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from pg_stat_activity"
                    + " where datname = current_database() and wait_event_type = 'Lock'") > 0);
            // ... and commits a change to it first: node 2's update finds a newer revision.
            try (var s = other.createStatement()) {
                s.executeUpdate("update act_ru_variable set rev_ = rev_ + 1 where id_ = '" + counter + "'");
            }
            other.commit();

            assertThat(answer.get()).isEqualTo(DONE);
        }
        assertThat(retries()).as("node 2 ran the completion again").isGreaterThan(retriesBefore);
        assertThat(prometheus(port2)).contains("bagalau_evaluations_started{process=\"quarterly-evaluation\"}",
                "bagalau_tasks_overdue");
        var result = bean(QuarterlyResults.class).find(new QuarterRef(f.code, f.spec1, 2026, 1)).orElseThrow();
        assertThat(result.sheets()).extracting(s -> s.evaluatorLogin()).containsExactlyInAnyOrder(f.head, f.unitHead);
    }

    /** KZ-2025 organisation whose head of apparatus has 21 to evaluate: the unit head and HR co-evaluate (004 §18). */
    static OrgFixture organisationWithCoEvaluators(String code) {
        OrganisationModel model = bean(OrganisationModel.class);
        OrgFixture f = OrgFixture.create(model, code, Edition.KZ_2025);
        for (int i = 0; i < 17; i++) {
            f.addSpecialist(model, "extra" + i, OrgFixture.LONG_AGO);
        }
        bean(CoEvaluators.class).designate(f.code, f.head, List.of(f.unitHead, f.hr), "test");
        for (String login : List.of(f.head, f.unitHead, f.hr)) {
            bean(IdentitySync.class).setPassword(login, PASSWORD);
        }
        return f;
    }

    static final String DONE = "HTTP 204";

    /**
     * The assignee submits their sheet through node 1 (Java API) or node 2 (REST); head 5s, unit head 4s,
     * HR 3,4,4,4,5. {@value #DONE} when it was accepted, else what went wrong.
     */
    static String complete(Task task, boolean viaNode1) {
        String login = task.getAssignee();
        int[] sheet = login.endsWith(".head") && !login.endsWith(".unit.head") ? new int[] {5, 5, 5, 5, 5}
                : login.endsWith(".unit.head") ? new int[] {4, 4, 4, 4, 4} : new int[] {3, 4, 4, 4, 5};
        StringBuilder variables = new StringBuilder("{\"variables\":{");
        for (int p = 0; p < sheet.length; p++) {
            variables.append(p == 0 ? "" : ",").append("\"score").append(p + 1).append("\":{\"value\":")
                    .append(sheet[p]).append(",\"type\":\"Long\"}");
        }
        variables.append("}}");
        if (viaNode1) {
            Map<String, Object> scores = new HashMap<>();
            for (int p = 0; p < sheet.length; p++) {
                scores.put("score" + (p + 1), (long) sheet[p]);
            }
            IdentityService identity = engine().getIdentityService();
            identity.setAuthenticatedUserId(login);
            try {
                engine().getTaskService().complete(task.getId(), scores);
                return DONE;
            } catch (RuntimeException e) {
                return e.toString();
            } finally {
                identity.clearAuthentication();
            }
        }
        HttpResponse<String> response = Rest.as(port2, login, PASSWORD)
                .post("/engine-rest/task/" + task.getId() + "/complete", variables.toString());
        return response.statusCode() == 204 ? DONE : "HTTP " + response.statusCode() + " " + response.body();
    }

    /** Node 2's retry counter, as Prometheus scrapes it. */
    static double retries() throws Exception {
        return prometheus(port2).lines().filter(l -> l.startsWith("bagalau_engine_command_retries_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1).trim())).sum();
    }

    static String prometheus(int port) throws Exception {
        String token = Base64.getEncoder().encodeToString("admin:bagalau".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).header("Authorization", "Basic " + token)
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    static Rest admin(int port) {
        return Rest.as(port, "admin", "bagalau");
    }

    static ProcessEngine engine() {
        return bean(ProcessEngine.class);
    }

    static <T> T bean(Class<T> type) {
        return node1.getBean(type);
    }

    static long count(String sql) throws SQLException {
        return CrashRecoveryTests.count(url, sql);
    }

    static String string(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
