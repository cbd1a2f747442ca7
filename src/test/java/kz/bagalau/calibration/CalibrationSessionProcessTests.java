package kz.bagalau.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.scorecard.QuarterlyResult;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.scorecard.QuarterlyStatus;
import kz.bagalau.scorecard.YearlyGrades;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The calibration session driven through the real BPMN (quarterly-evaluation → calibration-session) and
 * DMN grade-band, with the engine clock on the working-day calendar (seed 003 §12, §37–42; 004 §11, §19–24).
 * The quarter is 2025-Q4; the servant acquaints on Thursday 19 March 2026, just before Nauryz
 * (23 March, and 24–25 March moved days off), and applies on Friday 20 March.
 */
@BagalauBootTest
class CalibrationSessionProcessTests {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final AtomicInteger ORGS = new AtomicInteger();

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired OrganisationModel model;
    @Autowired QuarterlyResults results;
    @Autowired YearlyGrades yearlyGrades;
    @Autowired CalibrationSessions sessions;
    @Autowired CalibrationApplications applications;
    @Autowired IdentitySync identitySync;
    @LocalServerPort int port;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        clockAt(LocalDateTime.of(2026, 1, 12, 10, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- the application window (003 §12, 004 §11) ----

    @Test
    void anApplicationOnTheFifthWorkingDayIsAccepted_andOnTheSixthRefusedWithTheReason() {
        OrgFixture f = org();
        Task window1 = acknowledged(f, f.spec1, 3);
        Task window2 = acknowledged(f, f.spec2, 3);
        // 19 March + 5 WD over Nauryz: 20, 26, 27, 30, 31 March.
        assertThat(window1.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 31)));

        clockAt(LocalDateTime.of(2026, 3, 31, 17, 55));
        apply(window1);
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(key(f, f.spec1)).singleResult()).isNotNull();

        // The timer has not run yet (job executor off): the listener itself refuses the late application.
        clockAt(LocalDateTime.of(2026, 4, 1, 9, 0));
        assertThatThrownBy(() -> apply(window2)).hasMessageContaining("The application is late")
                .hasMessageContaining("2026-03-31 23:59").hasMessageContaining("003 §12");
        assertThat(applications.find(f.spec2, 2025, 4)).isEmpty();
    }

    @Test
    void aLateApplicationThroughTheApiIsRefusedWithTheReason_andATimelyOneStartsTheSession() {
        OrgFixture f = org();
        acknowledged(f, f.spec1, 3);
        identitySync.setPassword(f.spec1, "pw");
        String body = "{\"organisation\":\"" + f.code + "\",\"year\":2025,\"quarter\":4,\"reason\":\"Не учтено\"}";

        clockAt(LocalDateTime.of(2026, 4, 1, 9, 0));
        var late = Rest.as(port, f.spec1, "pw").post("/api/calibration-applications", body);
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("The application is late");

        execute(job("BoundaryEvent_CalibrationWindowClosed"));
        var closed = Rest.as(port, f.spec1, "pw").post("/api/calibration-applications", body);
        assertThat(closed.statusCode()).isEqualTo(400);
        assertThat(closed.body()).contains("The application is late");

        OrgFixture g = org();
        acknowledged(g, g.spec1, 3);
        identitySync.setPassword(g.spec1, "pw");
        clockAt(LocalDateTime.of(2026, 3, 20, 11, 0));
        var noReason = Rest.as(port, g.spec1, "pw").post("/api/calibration-applications",
                body.replace(f.code, g.code).replace("Не учтено", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Write why you disagree");
        var ok = Rest.as(port, g.spec1, "pw").post("/api/calibration-applications",
                body.replace(f.code, g.code));
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(ok.body()).contains(key(g, g.spec1));
    }

    // ---- decision and composition (004 §20, 003 §38) ----

    @Test
    void anInvalidCompositionIsRefusedWithTheRuleItBreaks() {
        OrgFixture f = org();
        ProcessInstance pi = session(f, 3);
        Task decide = task(pi);
        assertThat(decide).hasDefinitionKey("Task_DecideComposition").isAssignedTo(f.authorized);

        assertRefused(decide, f.chair + "," + f.hr + "," + f.unitHead + "," + f.spec2, "odd number of members, not 4");
        assertRefused(decide, f.hr + "," + f.chair, "at least 3 members, not 2");
        assertRefused(decide, f.head + "," + f.hr + "," + f.chair, "who evaluated the servant [" + f.head + "]");
        assertRefused(decide, f.spec1 + "," + f.hr + "," + f.chair, "disagrees");
        assertRefused(decide, f.unitHead + "," + f.spec2 + "," + f.chair, "An HR employee");
        assertRefused(decide, f.unitHead + "," + f.spec2 + "," + f.hr, "other evaluators are included: [" + f.chair + "]");
        assertThat(pi).isWaitingAt("Task_DecideComposition");

        // Through /engine-rest the refusal is a 400 that carries the rule, and the task stays open.
        identitySync.setPassword(f.authorized, "pw");
        var r = Rest.as(port, f.authorized, "pw").post("/engine-rest/task/" + decide.getId() + "/complete",
                "{\"variables\":{\"composition\":{\"value\":\"" + f.hr + "," + f.chair + "\",\"type\":\"String\"}}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("at least 3 members");
        var ok = Rest.as(port, f.authorized, "pw").post("/engine-rest/task/" + decide.getId() + "/complete",
                "{\"variables\":{\"composition\":{\"value\":\"" + members(f) + "\",\"type\":\"String\"}}}");
        assertThat(ok.statusCode()).isEqualTo(204);
        assertThat(pi).isWaitingAt("Task_OrganiseSession");
        assertThat(task(pi)).hasCandidateGroup("hr-" + f.code);
    }

    @Test
    void compositionIsDueThreeAndTheSessionTenWorkingDaysAfterAnApplicationJustBeforeNauryz_003_38_39() {
        OrgFixture f = org();
        ProcessInstance pi = session(f, 3);
        // Applied Fri 20 March; 23 (Nauryz), 24, 25 March are days off: 26, 27, 30 March.
        assertThat(task(pi).getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 30)));
        assertThat(job("BoundaryEvent_CompositionOverdue", pi).getDuedate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 30)));
        compose(pi, f);
        // 26, 27, 30, 31 March, 1, 2, 3, 6, 7, 8 April.
        Date tenth = endOfDay(LocalDate.of(2026, 4, 8));
        assertThat(task(pi).getDueDate()).isEqualTo(tenth);
        assertThat(job("BoundaryEvent_SessionOverdue", pi).getDuedate()).isEqualTo(tenth);
    }

    // ---- the session, the vote, the protocol (004 §21–23) ----

    @Test
    void theMajorityKeepsTheScore() {
        OrgFixture f = org();
        ProcessInstance pi = session(f, 3);
        held(pi, f);
        vote(pi, f.chair, "KEEP", null);
        vote(pi, f.hr, "KEEP", null);
        vote(pi, f.unitHead, "DOWN", 2.5);
        assertThat(pi).isWaitingAt("Task_SignProtocol").variables().containsEntry("outcome", "KEPT")
                .containsEntry("finalScore", "3.00");
        sign(pi, "2026-04-01");
        QuarterlyResult r = result(f);
        assertThat(r.getFinalScore()).isEqualByComparingTo("3.00");
        assertThat(r.getStatus()).isNotEqualTo(QuarterlyStatus.CALIBRATED);
    }

    @Test
    void theMajorityLowersTheScoreToTheMedianOfItsProposals_theGradeChanges_andTheYearlyGradeIsFormedAgain() {
        OrgFixture f = org();
        ProcessInstance pi = session(f, 3);
        yearlyGrades.form(f.spec1, 2025);
        assertThat(yearlyGrades.find(f.spec1, 2025).orElseThrow().getGrade()).isEqualTo(Grade.PROPER);

        held(pi, f);
        vote(pi, f.chair, "DOWN", 2.5);
        vote(pi, f.hr, "DOWN", 2.8);
        vote(pi, f.unitHead, "KEEP", null);
        assertThat(pi).isWaitingAt("Task_SignProtocol").variables().containsEntry("outcome", "LOWERED")
                .containsEntry("finalScore", "2.65").containsEntry("finalGrade", "SATISFACTORY");
        sign(pi, "2026-04-03");

        QuarterlyResult r = result(f);
        assertThat(r.getFinalScore()).isEqualByComparingTo("2.65");
        assertThat(r.getGrade()).isEqualTo(Grade.SATISFACTORY);
        assertThat(r.getStatus()).isEqualTo(QuarterlyStatus.CALIBRATED);
        assertThat(yearlyGrades.find(f.spec1, 2025).orElseThrow().getAverageScore()).isEqualByComparingTo("2.65");
        CalibrationSession s = sessions.find(key(f, f.spec1)).orElseThrow();
        assertThat(s.getPreviousScore()).isEqualByComparingTo("3.00");
        assertThat(s.getPreviousGrade()).isEqualTo(Grade.PROPER);
        assertThat(applications.find(f.spec1, 2025, 4).orElseThrow().getStatus())
                .isEqualTo(CalibrationApplication.Status.HELD);
    }

    @Test
    void aVoteOutsideTheRulesIsRefused() {
        OrgFixture f = org();
        ProcessInstance pi = session(f, 3);
        held(pi, f);
        Task t = voteTask(pi, f.chair);
        assertThatThrownBy(() -> taskService.complete(t.getId(), Map.of("vote", "UP", "proposedScore", 2.5,
                "voteArgument", "x"))).hasMessageContaining("above 3.00");
        assertThatThrownBy(() -> taskService.complete(t.getId(), Map.of("vote", "DOWN", "proposedScore", 2.555,
                "voteArgument", "x"))).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> taskService.complete(t.getId(), Map.of("vote", "DOWN", "proposedScore", 2.5)))
                .hasMessageContaining("arguments");
    }

    @Test
    void twoMembersVotingAtTheSameTimeAreBothCountedExactlyOnce() throws Exception {
        OrgFixture f = org();
        ProcessInstance pi = session(f, 3);
        held(pi, f);
        Task a = voteTask(pi, f.chair);
        Task b = voteTask(pi, f.hr);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Void>> both = new ArrayList<>();
        for (Task t : List.of(a, b)) {
            both.add(CompletableFuture.runAsync(() -> {
                await(together);
                completeRetryingOnConflict(t, Map.of("vote", "DOWN", "proposedScore", 2.0, "voteArgument", "срыв сроков"));
            }));
        }
        CompletableFuture.allOf(both.toArray(CompletableFuture[]::new)).get();
        assertThat(sessions.votes(sessions.find(key(f, f.spec1)).orElseThrow().getId())).hasSize(2);
        assertThat(pi).isWaitingAt("Task_Vote");
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Vote").count()).isEqualTo(1);

        vote(pi, f.unitHead, "KEEP", null);
        assertThat(pi).isWaitingAt("Task_SignProtocol").variables().containsEntry("finalScore", "2.00")
                .containsEntry("tallyNote", "KEEP 1, UP 0, DOWN 2 of 3: the majority lowers the score to the median of its proposals, 2.00");
    }

    @Test
    void aSessionNotHeldWithinTenWorkingDaysRaisesADeadlineOverdueIncident_003_39() {
        OrgFixture f = org();
        ProcessInstance pi = session(f, 3);
        clockAt(LocalDateTime.of(2026, 3, 31, 9, 0));
        execute(job("BoundaryEvent_CompositionOverdue", pi));
        assertThat(incidents(pi)).singleElement().satisfies(i -> assertThat(i.getActivityId()).isEqualTo("Task_DecideComposition"));
        assertThat(pi).isWaitingAt("Task_DecideComposition");
        compose(pi, f);
        assertThat(incidents(pi)).isEmpty();

        clockAt(LocalDateTime.of(2026, 4, 9, 9, 0));
        execute(job("BoundaryEvent_SessionOverdue", pi));
        assertThat(incidents(pi)).singleElement().satisfies(i -> {
            assertThat(i.getIncidentType()).isEqualTo(DeadlineOverdueIncident.TYPE);
            assertThat(i.getIncidentMessage()).contains("10 рабочих дней");
        });
        assertThat(pi).isWaitingAt("Task_OrganiseSession");

        // The flag stays while the session goes on and disappears once it is held.
        taskService.complete(task(pi).getId(), Map.of("heldOn", "2026-04-10", "place", "каб. 301", "membersNotified", true));
        assertThat(incidents(pi)).hasSize(1);
        present(pi);
        vote(pi, f.chair, "KEEP", null);
        vote(pi, f.hr, "KEEP", null);
        vote(pi, f.unitHead, "KEEP", null);
        assertThat(incidents(pi)).hasSize(1);
        sign(pi, "2026-04-10");
        assertThat(incidents(pi)).isEmpty();
    }

    @Test
    void hrPostsTheProtocolWithinThreeWorkingDaysAfterSigning_andTheEvaluatorRecordsTheFeedbackMeeting_003_41_42() {
        OrgFixture f = org();
        ProcessInstance pi = session(f, 3);
        held(pi, f);
        vote(pi, f.chair, "UP", 3.4);
        vote(pi, f.hr, "UP", 3.6);
        vote(pi, f.unitHead, "UP", 3.5);
        Task signTask = task(pi);
        assertThatThrownBy(() -> taskService.complete(signTask.getId(), Map.of("signedOn", "2026-04-04")))
                .hasMessageContaining("future");
        sign(pi, "2026-04-03");
        assertThat(result(f).getFinalScore()).isEqualByComparingTo("3.50");

        Task post = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_PostProtocol").singleResult();
        // Signed Fri 3 April: 6, 7, 8 April.
        assertThat(post.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 4, 8)));
        assertThat(post).hasCandidateGroup("hr-" + f.code);
        assertThatThrownBy(() -> taskService.complete(post.getId(), Map.of("protocolPosted", false)))
                .hasMessageContaining("posted");
        taskService.complete(post.getId(), Map.of("protocolPosted", true));

        Task feedback = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_FeedbackMeeting").singleResult();
        assertThat(feedback).isAssignedTo(f.head);
        assertThat(feedback.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 4, 17)));
        assertThatThrownBy(() -> taskService.complete(feedback.getId(), Map.of("metOn", "2026-04-07",
                "achievements", "Поручения выполнены", "development", "Курс по аналитике")))
                .hasMessageContaining("potential and career aspirations");
        taskService.complete(feedback.getId(), Map.of("metOn", "2026-04-07", "achievements", "Поручения выполнены",
                "development", "Курс по аналитике", "potential", "Готов к должности главного специалиста"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Calibrated");
        CalibrationSession s = sessions.find(key(f, f.spec1)).orElseThrow();
        assertThat(s.getStatus()).isEqualTo(CalibrationSession.Status.POSTED);
        assertThat(s.getFeedbackPotential()).isEqualTo("Готов к должности главного специалиста");
    }

    @Test
    void theResultAndProtocolAreVisibleOnlyToTheApplicantTheEvaluatorHrAndTheMembers_003_20() {
        OrgFixture f = org();
        ProcessInstance pi = session(f, 3);
        held(pi, f);
        vote(pi, f.chair, "DOWN", 2.5);
        vote(pi, f.hr, "DOWN", 2.5);
        vote(pi, f.unitHead, "DOWN", 2.5);
        String path = "/api/calibration-sessions/" + f.code + "/" + f.spec1 + "/2025/4";
        for (String login : List.of(f.spec1, f.head, f.hr, f.chair, f.unitHead, f.spec2, f.authorized)) {
            identitySync.setPassword(login, "pw");
        }
        for (String allowed : List.of(f.spec1, f.head, f.hr, f.chair, f.unitHead)) {
            var r = Rest.as(port, allowed, "pw").get(path);
            assertThat(r.statusCode()).as(allowed).isEqualTo(200);
            assertThat(r.body()).contains("\"finalGrade\":\"SATISFACTORY\"");
        }
        for (String other : List.of(f.spec2, f.authorized)) {
            assertThat(Rest.as(port, other, "pw").get(path).statusCode()).as(other).isEqualTo(404);
        }
    }

    // ---- steps ----

    OrgFixture org() {
        return OrgFixture.create(model, "cal" + ORGS.incrementAndGet(), Edition.KZ_2025);
    }

    static String key(OrgFixture f, String servant) {
        return CalibrationSessions.businessKey(f.code, servant, 2025, 4);
    }

    /** 2025-Q4 scored with all parameters = score by the head of apparatus, acknowledged on 19 March 2026. */
    Task acknowledged(OrgFixture f, String servant, int score) {
        clockAt(LocalDateTime.of(2026, 1, 12, 10, 0));
        Map<String, Object> v = new HashMap<>();
        v.put("organisation", f.code);
        v.put("servant", servant);
        v.put("year", 2025);
        v.put("quarter", 4);
        v.put("evaluatedOn", "2026-01-12");
        ProcessInstance q = runtimeService.startProcessInstanceByKey("quarterly-evaluation",
                new QuarterRef(f.code, servant, 2025, 4).businessKey(), v);
        Map<String, Object> sheet = new HashMap<>();
        for (int i = 1; i <= 5; i++) {
            sheet.put("score" + i, (long) score);
        }
        taskService.complete(task(q).getId(), sheet);
        clockAt(LocalDateTime.of(2026, 3, 19, 10, 0));
        taskService.complete(task(q).getId(), Map.of("acknowledged", true));
        return task(q);
    }

    void apply(Task window) {
        taskService.complete(window.getId(), Map.of("applyForCalibration", true,
                "calibrationReason", "Не учтено выполнение поручения акима"));
    }

    /** Applied on Friday 20 March 2026 at 11:00: the session waits for the authorized person. */
    ProcessInstance session(OrgFixture f, int score) {
        Task window = acknowledged(f, f.spec1, score);
        clockAt(LocalDateTime.of(2026, 3, 20, 11, 0));
        apply(window);
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key(f, f.spec1))
                .singleResult();
        assertThat(pi).isWaitingAt("Task_DecideComposition");
        return pi;
    }

    /** The chair evaluates the head of apparatus (another evaluator); HR; the unit head. */
    static String members(OrgFixture f) {
        return f.chair + ", " + f.hr + ", " + f.unitHead;
    }

    void compose(ProcessInstance pi, OrgFixture f) {
        taskService.complete(task(pi).getId(), Map.of("composition", members(f)));
    }

    void held(ProcessInstance pi, OrgFixture f) {
        compose(pi, f);
        clockAt(LocalDateTime.of(2026, 3, 27, 10, 0));
        taskService.complete(task(pi).getId(), Map.of("heldOn", "2026-04-01", "place", "каб. 301", "membersNotified", true));
        present(pi);
        assertThat(pi).isWaitingAt("Task_Vote");
    }

    void present(ProcessInstance pi) {
        assertThat(task(pi)).hasDefinitionKey("Task_PresentEvaluation");
        taskService.complete(task(pi).getId(), Map.of("presentation", "Поручения в срок, качество среднее"));
    }

    Task voteTask(ProcessInstance pi, String member) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Vote").taskAssignee(member).singleResult();
    }

    void vote(ProcessInstance pi, String member, String choice, Double proposed) {
        Map<String, Object> v = new HashMap<>();
        v.put("vote", choice);
        v.put("proposedScore", proposed);
        v.put("voteArgument", proposed == null ? null : "аргумент");
        taskService.complete(voteTask(pi, member).getId(), v);
    }

    /** What a client does on 409/500 "updated by another transaction": the whole completion rolled back, submit again. */
    void completeRetryingOnConflict(Task t, Map<String, Object> v) {
        for (int attempt = 1; ; attempt++) {
            try {
                taskService.complete(t.getId(), v);
                return;
            } catch (OptimisticLockingException conflict) {
                conflicts.incrementAndGet();
                if (attempt == 3) {
                    throw conflict;
                }
            }
        }
    }

    final AtomicInteger conflicts = new AtomicInteger();

    void sign(ProcessInstance pi, String signedOn) {
        clockAt(LocalDate.parse(signedOn).atTime(16, 0));
        Task t = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SignProtocol").singleResult();
        taskService.complete(t.getId(), Map.of("signedOn", signedOn));
    }

    List<Incident> incidents(ProcessInstance pi) {
        return runtimeService.createIncidentQuery().processInstanceId(pi.getId()).incidentType(DeadlineOverdueIncident.TYPE).list();
    }

    void assertRefused(Task decide, String composition, String rule) {
        assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("composition", composition)))
                .hasMessageContaining(rule);
    }

    QuarterlyResult result(OrgFixture f) {
        return results.find(new QuarterRef(f.code, f.spec1, 2025, 4)).orElseThrow();
    }

    static void clockAt(LocalDateTime almaty) {
        ClockUtil.setCurrentTime(Date.from(almaty.atZone(ALMATY).toInstant()));
    }

    static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59, 999_000_000).atZone(ALMATY).toInstant());
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
