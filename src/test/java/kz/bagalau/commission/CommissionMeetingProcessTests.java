package kz.bagalau.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import kz.bagalau.acquaintance.AcquaintanceChannel;
import kz.bagalau.acquaintance.Acquaintances;
import kz.bagalau.calendar.WorkingDays;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.security.IdentitySync;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.InvalidTaskInput;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The commission meeting (000 §29-43, 001, 002 §56-69) driven through the real BPMN and DMN. */
@BagalauBootTest
class CommissionMeetingProcessTests {

    private static final AtomicInteger ORGS = new AtomicInteger();
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** Monday 2 February 2026, 10:00 in Almaty: HR proposes the meeting on the 2025 sheets. */
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 2, 2);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired OrganisationModel model;
    @Autowired CommissionCompositions compositions;
    @Autowired CommissionMeetings meetings;
    @Autowired Acquaintances acquaintances;
    @Autowired WorkingDays workingDays;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentitySync identity;
    @LocalServerPort int port;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        clockAt(PROPOSED_ON.atTime(10, 0));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    /** An organisation with a commission of 7 voting members (the head chairs) and the HR specialist as secretary. */
    final class Commission {
        final OrgFixture f;
        final List<String> members = new ArrayList<>();
        final String chair;
        final String secretary;

        Commission(Edition edition) {
            f = OrgFixture.create(model, "cm" + ORGS.incrementAndGet(), edition);
            chair = f.head;
            secretary = f.hr;
            members.add(chair);
            members.add(f.unitHead);
            for (int i = 1; i <= 5; i++) {
                members.add(f.addSpecialist(model, "m" + i, OrgFixture.LONG_AGO));
            }
            compositions.record(f.code, new CommissionCompositions.OrderRequest("12-ж", LocalDate.of(2026, 1, 15), null,
                    chair, secretary, members.subList(1, members.size())), f.hr);
            handedOver(f.spec1, "EFFECTIVE");
            handedOver(f.spec2, "SATISFACTORY");
        }

        void handedOver(String servant, String grade) {
            handedOver(servant, grade, f.unitHead);
        }

        void handedOver(String servant, String grade, String evaluator) {
            jdbc.update("insert into work_plan (organisation_code, servant_login, plan_year, edition, evaluator_login, "
                    + "approver_login, status, created_at) values (?, ?, 2025, ?, ?, ?, 'APPROVED', current_timestamp)",
                    f.code, servant, "KZ-2018", evaluator, f.head);
            Long plan = jdbc.queryForObject("select id from work_plan where servant_login = ? and plan_year = 2025",
                    Long.class, servant);
            jdbc.update("insert into kpi_sheet (organisation_code, servant_login, sheet_year, edition, work_plan_id, "
                    + "evaluator_login, approver_login, eligibility, status, achieved_kpis, grade) values (?, ?, 2025, ?, ?, "
                    + "?, ?, 'ELIGIBLE', 'HANDED_TO_COMMISSION', 4, ?)", f.code, servant, "KZ-2018", plan, evaluator,
                    f.head, grade);
        }

        List<String> present(int n) {
            return members.subList(0, n);
        }
    }

    // ---- steps ----

    LocalDate meetingDay(int noticeWorkingDays) {
        return workingDays.addWorkingDays(PROPOSED_ON, noticeWorkingDays);
    }

    ProcessInstance schedule(Commission c, LocalDate date) {
        String id = meetings.schedule(c.f.code, 2025, date, c.secretary).processInstanceId();
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** Scheduled 7 working days ahead, agreed by the chair, notice sent, the clock on the meeting day. */
    ProcessInstance convened(Commission c) {
        LocalDate day = meetingDay(7);
        ProcessInstance pi = schedule(c, day);
        complete(taskAt(pi, "Task_AgreeDate"), Map.of("decision", "AGREE"));
        runAsync(pi);
        clockAt(day.atTime(10, 0));
        return pi;
    }

    ProcessInstance held(Commission c, int present) {
        ProcessInstance pi = convened(c);
        complete(taskAt(pi, "Task_RecordAttendance"), Map.of("present", String.join(", ", c.present(present))));
        return pi;
    }

    Task voteTask(ProcessInstance pi, String member, String servant) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Vote")
                .taskAssignee(member).list().stream()
                .filter(t -> servant.equals(runtimeService.getVariable(t.getExecutionId(), "evaluated")))
                .findFirst().orElseThrow();
    }

    void vote(ProcessInstance pi, String member, String servant, String vote, String revisedGrade) {
        Map<String, Object> v = new HashMap<>();
        v.put("vote", vote);
        v.put("revisedGrade", revisedGrade);
        complete(voteTask(pi, member, servant), v);
        runAsync(pi);
    }

    /** Every present member votes APPROVE on every servant, except what {@code overrides} says. */
    void allVote(Commission c, ProcessInstance pi, int present, Map<String, String> overrides) {
        for (String servant : List.of(c.f.spec1, c.f.spec2)) {
            for (String m : c.present(present)) {
                String o = overrides.getOrDefault(m + "/" + servant, "APPROVE");
                String[] parts = o.split(":");
                vote(pi, m, servant, parts[0], parts.length > 1 ? parts[1] : null);
            }
        }
    }

    ProcessInstance protocolSigned(Commission c, int present) {
        ProcessInstance pi = held(c, present);
        allVote(c, pi, present, Map.of());
        complete(taskAt(pi, "Task_DraftProtocol"), Map.of("conclusion", "Нәтижелер бекітілсін / Утвердить результаты"));
        for (String m : c.present(present)) {
            complete(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SignProtocol")
                    .taskAssignee(m).singleResult(), Map.of());
            runAsync(pi);
        }
        return pi;
    }

    ProcessInstance approved(Commission c) {
        ProcessInstance pi = protocolSigned(c, 5);
        complete(taskAt(pi, "Task_ApproveResults"), Map.of("decision", "APPROVE"));
        return pi;
    }

    long meetingId(ProcessInstance pi) {
        return ((Number) runtimeService.getVariable(pi.getId(), "meetingId")).longValue();
    }

    CommissionDecision decisionOf(ProcessInstance pi, String servant) {
        return meetings.decisions(meetingId(pi)).stream().filter(d -> d.getServantLogin().equals(servant)).findFirst()
                .orElseThrow();
    }

    Task taskAt(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    Task taskFor(ProcessInstance pi, String key, String servant) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list().stream()
                .filter(t -> servant.equals(taskService.getVariable(t.getId(), "evaluated"))).findFirst().orElseThrow();
    }

    /** Completes the task and runs the asynchronous continuations that follow it, as the job executor would. */
    void complete(Task task, Map<String, Object> variables) {
        taskService.complete(task.getId(), variables);
        var caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        runAsync(task.getProcessInstanceId());
        if (caller != null) {
            identityService.setAuthentication(caller);
        }
    }

    /** Completes as {@code login}, a member of HR of the organisation. */
    void completeAsHr(Commission c, Task task, Map<String, Object> variables) {
        identityService.setAuthentication(c.f.hr, List.of("hr-" + c.f.code, "org-" + c.f.code));
        try {
            complete(task, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Lets {@code login} work on the task, so that what the task listener decides is what is tested. */
    void mayWork(String login, Task task) {
        Authorization a = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        a.setUserId(login);
        a.setResource(Resources.TASK);
        a.setResourceId(task.getId());
        a.addPermission(Permissions.ALL);
        authorizationService.saveAuthorization(a);
    }

    /** Runs the async continuations (not the deadline timers oversight adds to every task). */
    void runAsync(ProcessInstance pi) {
        runAsync(pi.getId());
    }

    void runAsync(String processInstanceId) {
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processInstanceId(processInstanceId).messages().list())
                .isEmpty()) {
            jobs.forEach(j -> managementService.executeJob(j.getId()));
        }
    }

    static void clockAt(LocalDateTime almaty) {
        ClockUtil.setCurrentTime(Date.from(almaty.atZone(ALMATY).toInstant()));
    }

    static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59, 999_000_000).atZone(ALMATY).toInstant());
    }

    // ---- tests ----

    @Test
    void sevenMembersFivePresentIsQuorateButFourPresentReschedulesWithNothingDecided_000_30() {
        Commission c = new Commission(Edition.KZ_2018);
        ProcessInstance notQuorate = held(c, 4);
        assertThat(notQuorate).isWaitingAt("Task_ProposeDate");
        assertThat(taskAt(notQuorate, "Task_ProposeDate")).hasCandidateGroup("hr-" + c.f.code);
        assertThat(meetings.meeting(meetingId(notQuorate)).getStatus()).isEqualTo(CommissionMeeting.Status.NOT_QUORATE);
        assertThat(meetings.decisions(meetingId(notQuorate))).allMatch(d -> d.getStatus() == CommissionDecision.Status.PENDING);
        // A new date with a new notice, agreed by the chair again.
        LocalDate newDay = workingDays.addWorkingDays(meetingDay(7), 7);
        complete(taskAt(notQuorate, "Task_ProposeDate"), Map.of("newDate", newDay.toString()));
        assertThat(notQuorate).isWaitingAt("Task_AgreeDate");
        complete(taskAt(notQuorate, "Task_AgreeDate"), Map.of("decision", "AGREE"));
        runAsync(notQuorate);
        clockAt(newDay.atTime(10, 0));
        complete(taskAt(notQuorate, "Task_RecordAttendance"), Map.of("present", String.join(",", c.present(5))));
        assertThat(notQuorate).isWaitingAt("Task_Vote");
        // 5 voters × 2 servants
        assertThat(taskService.createTaskQuery().processInstanceId(notQuorate.getId()).taskDefinitionKey("Task_Vote")
                .count()).isEqualTo(10);
        assertThat(meetings.meeting(meetingId(notQuorate)).getReschedules()).isEqualTo(1);
    }

    @Test
    void aTieIsDecidedByTheChairsVote_000_33() {
        Commission c = new Commission(Edition.KZ_2018);
        ProcessInstance pi = held(c, 6);
        // spec1: chair and two members approve, three revise → 3:3, the chair approved.
        // spec2: chair and two members revise, three approve → 3:3, the chair revised.
        Map<String, String> o = new HashMap<>();
        for (String m : c.present(6).subList(3, 6)) {
            o.put(m + "/" + c.f.spec1, "REVISE:SATISFACTORY");
        }
        for (String m : c.present(6).subList(0, 3)) {
            o.put(m + "/" + c.f.spec2, "REVISE:EFFECTIVE");
        }
        allVote(c, pi, 6, o);
        assertThat(pi).isWaitingAt("Task_DraftProtocol");
        CommissionDecision first = decisionOf(pi, c.f.spec1);
        assertThat(first.getStatus()).isEqualTo(CommissionDecision.Status.APPROVED);
        assertThat(first.isChairDecided()).isTrue();
        assertThat(first.getApproveVotes()).isEqualTo(3);
        assertThat(first.getReviseVotes()).isEqualTo(3);
        CommissionDecision second = decisionOf(pi, c.f.spec2);
        assertThat(second.getStatus()).isEqualTo(CommissionDecision.Status.REVISED);
        assertThat(second.isChairDecided()).isTrue();
        assertThat(second.getCorrectedGrade()).isEqualTo("EFFECTIVE");
    }

    @Test
    void aRevisionByTheMajorityIsRecordedInTheProtocolWithTheCorrectedResult_000_37_38() {
        Commission c = new Commission(Edition.KZ_2018);
        ProcessInstance pi = held(c, 5);
        Map<String, String> o = new HashMap<>();
        for (String m : c.present(5).subList(0, 3)) {
            o.put(m + "/" + c.f.spec2, "REVISE:EFFECTIVE");
        }
        assertThatThrownBy(() -> vote(pi, c.present(5).get(4), c.f.spec2, "REVISE", "PROPER"))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("revised result");
        allVote(c, pi, 5, o);
        complete(taskAt(pi, "Task_DraftProtocol"), Map.of("conclusion", "Қорытынды / Заключение"));
        CommissionDecision revised = decisionOf(pi, c.f.spec2);
        assertThat(revised.getStatus()).isEqualTo(CommissionDecision.Status.REVISED);
        assertThat(revised.getSheetGrade()).isEqualTo("SATISFACTORY");
        assertThat(revised.getCorrectedGrade()).isEqualTo("EFFECTIVE");
        assertThat(revised.isChairDecided()).isFalse();
        assertThat(decisionOf(pi, c.f.spec1).getCorrectedGrade()).isNull();
        assertThat(meetings.meeting(meetingId(pi)).getConclusion()).isEqualTo("Қорытынды / Заключение");
        assertThat(meetings.signatures(meetingId(pi))).extracting(CommissionSignature::getServantLogin)
                .containsExactly(c.secretary);
        assertThat((String) runtimeService.getVariable(pi.getId(), "agendaTable")).contains("EFFECTIVE");
    }

    @Test
    void theSecretaryANonMemberAndASecondVoteAreRefused_000_32_34() {
        Commission c = new Commission(Edition.KZ_2018);
        ProcessInstance pi = held(c, 5);
        String a = c.present(5).get(1);
        String b = c.present(5).get(2);
        Task bTask = voteTask(pi, b, c.f.spec1);
        List.of(c.secretary, c.f.spec2, a).forEach(login -> mayWork(login, bTask));

        identityService.setAuthenticatedUserId(c.secretary);
        assertThatThrownBy(() -> complete(bTask, Map.of("vote", "APPROVE")))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("secretary");
        identityService.setAuthenticatedUserId(c.f.spec2);
        assertThatThrownBy(() -> complete(bTask, Map.of("vote", "APPROVE")))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("not a member");
        identityService.clearAuthentication();
        vote(pi, a, c.f.spec1, "APPROVE", null);
        identityService.setAuthenticatedUserId(a);
        assertThatThrownBy(() -> complete(bTask, Map.of("vote", "REVISE", "revisedGrade", "EXCELLENT")))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("already");
        identityService.clearAuthentication();

        assertThat(meetings.votes(meetingId(pi), c.f.spec1)).extracting(CommissionVote::getMemberLogin).containsExactly(a);
        assertThat(taskService.createTaskQuery().taskId(bTask.getId()).count()).isEqualTo(1);
    }

    @Test
    void twoMembersCompletingAtTheSameMomentAreBothCountedOnce_000_32() throws Exception {
        Commission c = new Commission(Edition.KZ_2018);
        ProcessInstance pi = held(c, 5);
        List<String> two = c.present(5).subList(1, 3);
        List<Task> tasks = two.stream().map(m -> voteTask(pi, m, c.f.spec1)).toList();
        CyclicBarrier barrier = new CyclicBarrier(2);
        Date now = ClockUtil.getCurrentTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Task t : tasks) {
                done.add(pool.submit(() -> {
                    ClockUtil.setCurrentTime(now);
                    barrier.await(10, TimeUnit.SECONDS);
                    taskService.complete(t.getId(), Map.of("vote", "APPROVE"));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        runAsync(pi);
        assertThat(meetings.votes(meetingId(pi), c.f.spec1)).extracting(CommissionVote::getMemberLogin)
                .containsExactlyInAnyOrderElementsOf(two);
        for (String m : List.of(c.present(5).get(0), c.present(5).get(3), c.present(5).get(4))) {
            vote(pi, m, c.f.spec1, "APPROVE", null);
        }
        CommissionDecision d = decisionOf(pi, c.f.spec1);
        assertThat(d.getApproveVotes()).isEqualTo(5);
        assertThat(d.getReviseVotes()).isZero();
    }

    @Test
    void resultsAreFinalOnlyAfterTheAuthorizedPersonApproves_000_39() {
        Commission c = new Commission(Edition.KZ_2018);
        ProcessInstance pi = protocolSigned(c, 5);
        assertThat(pi).isWaitingAt("Task_ApproveResults");
        assertThat(taskAt(pi, "Task_ApproveResults")).isAssignedTo(c.f.authorized);
        assertThat(meetings.finalResult(c.f.spec1, 2025)).isEmpty();
        assertThatThrownBy(() -> meetings.acquaint(meetingId(pi), c.f.spec1, new CommissionMeetings.AcquaintanceRecord(
                "SIGNED", null, null, null, null, null), c.f.hr, pi.getId()))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("not approved");
        Task approval = taskAt(pi, "Task_ApproveResults");
        identityService.setAuthenticatedUserId(c.chair);
        assertThatThrownBy(() -> complete(approval, Map.of("decision", "APPROVE"))).isNotNull();
        identityService.clearAuthentication();

        complete(taskAt(pi, "Task_ApproveResults"), Map.of("decision", "APPROVE"));
        assertThat(meetings.finalResult(c.f.spec1, 2025)).hasValueSatisfying(d ->
                assertThat(d.result().name()).isEqualTo("EFFECTIVE"));
        assertThat(meetings.meeting(meetingId(pi)).getStatus()).isEqualTo(CommissionMeeting.Status.APPROVED);
        assertThat(pi).isWaitingAt("Task_AcquaintServant");
    }

    @Test
    void servantsAreAcquaintedWithin2WorkingDaysInWritingByRefusalActOrExternalChannel_000_40_41_001_002_68() {
        Commission c = new Commission(Edition.KZ_2018);
        model.allowAppeal(c.f.code, false);
        ProcessInstance pi = approved(c);
        long meetingId = meetingId(pi);
        LocalDate approvedOn = meetingDay(7);
        Task first = taskFor(pi, "Task_AcquaintServant", c.f.spec1);
        assertThat(first).hasCandidateGroup("hr-" + c.f.code);
        assertThat(first.getDueDate()).isEqualTo(endOfDay(workingDays.addWorkingDays(approvedOn, 2)));
        complete(first, Map.of("outcome", "SIGNED", "proof", "Қолхат / Расписка"));

        Task second = taskFor(pi, "Task_AcquaintServant", c.f.spec2);
        assertThatThrownBy(() -> complete(second, Map.of("outcome", "REFUSED", "actSigner1", c.f.unitHead,
                "channel", "EMAIL", "deliveredOn", approvedOn.toString(), "proof", "mail id 42")))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("two other servants");
        assertThatThrownBy(() -> complete(second, Map.of("outcome", "REFUSED", "actSigner1", c.f.unitHead,
                "actSigner2", c.f.spec2, "channel", "EMAIL", "deliveredOn", approvedOn.toString(), "proof", "mail")))
                .hasRootCauseInstanceOf(InvalidTaskInput.class);
        completeAsHr(c, second, Map.of("outcome", "REFUSED", "actSigner1", c.f.unitHead, "actSigner2",
                c.members.get(2), "channel", "EMAIL", "deliveredOn", approvedOn.toString(), "proof", "mail id 42"));

        CommissionMeeting meeting = meetings.meeting(meetingId);
        assertThat(acquaintances.of(CommissionMeetings.subjectKey(meeting, c.f.spec1))).singleElement()
                .satisfies(a -> assertThat(a.getChannel()).isEqualTo(AcquaintanceChannel.IN_WRITING));
        assertThat(acquaintances.of(CommissionMeetings.subjectKey(meeting, c.f.spec2))).singleElement().satisfies(a -> {
            assertThat(a.isRefused()).isTrue();
            assertThat(a.getChannel()).isEqualTo(AcquaintanceChannel.EMAIL);
            assertThat(a.getProof()).contains(c.f.hr, c.f.unitHead, c.members.get(2), "mail id 42");
        });
        // The organisation does not allow the appeal (001 deleted 000 §42): the meeting closes.
        assertThat(pi).hasPassed("EndEvent_NoAppealRoute").isEnded();
    }

    @Test
    void anAbsentServantIsAcquaintedByAChannelThatRecordsDelivery_002_68() {
        Commission c = new Commission(Edition.KZ_2018);
        ProcessInstance pi = approved(c);
        String day = meetingDay(7).toString();
        assertThatThrownBy(() -> complete(taskFor(pi, "Task_AcquaintServant", c.f.spec1), Map.of("outcome", "EXTERNAL",
                "channel", "PIGEON", "deliveredOn", day, "proof", "x"))).hasMessageContaining("records delivery");
        complete(taskFor(pi, "Task_AcquaintServant", c.f.spec1), Map.of("outcome", "EXTERNAL",
                "channel", "REGISTERED_LETTER", "deliveredOn", day, "proof", "RR123456KZ"));
        assertThat(acquaintances.of(CommissionMeetings.subjectKey(meetings.meeting(meetingId(pi)), c.f.spec1)))
                .singleElement().satisfies(a -> {
                    assertThat(a.getChannel()).isEqualTo(AcquaintanceChannel.REGISTERED_LETTER);
                    assertThat(a.getProof()).isEqualTo("RR123456KZ");
                });
    }

    @Test
    void anAppealWithin10WorkingDaysIsRecordedAndCancellationSendsTheSheetsBackButALaterOneIsRefused_000_42() {
        Commission c = new Commission(Edition.KZ_2018);
        model.allowAppeal(c.f.code, true);
        ProcessInstance pi = approved(c);
        LocalDate approvedOn = meetingDay(7);
        LocalDate deadline = workingDays.addWorkingDays(approvedOn, 10);
        complete(taskFor(pi, "Task_AcquaintServant", c.f.spec1), Map.of("outcome", "SIGNED"));
        complete(taskFor(pi, "Task_AcquaintServant", c.f.spec2), Map.of("outcome", "SIGNED"));

        Task appeal1 = taskFor(pi, "Task_RecordAppeal", c.f.spec1);
        assertThat(appeal1.getDueDate()).isEqualTo(endOfDay(deadline));
        assertThatThrownBy(() -> complete(appeal1, Map.of("appealFiledOn", deadline.plusDays(1).toString())))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("refused");
        complete(appeal1, Map.of("appealFiledOn", deadline.toString()));
        complete(taskFor(pi, "Task_RecordAppealOutcome", c.f.spec1), Map.of("appealOutcome", "CANCEL_AND_REVIEW"));
        assertThat(decisionOf(pi, c.f.spec1).getStatus()).isEqualTo(CommissionDecision.Status.CANCELLED);
        assertThat(meetings.finalResult(c.f.spec1, 2025)).isEmpty();

        // spec2 does not appeal: the period ends with the timer.
        Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_AppealPeriodOver")
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(endOfDay(deadline));
        managementService.executeJob(timer.getId());
        assertThat(pi).hasPassed("EndEvent_NotAppealed", "EndEvent_AppealDecided").isEnded();

        // The cancelled sheets are back on the agenda of the next meeting; the other servant's result stands.
        clockAt(deadline.plusDays(3).atTime(10, 0));
        ProcessInstance next = schedule(c, workingDays.addWorkingDays(deadline.plusDays(3), 7));
        assertThat(meetings.decisions(meetingId(next))).extracting(CommissionDecision::getServantLogin)
                .containsExactly(c.f.spec1);
    }

    @Test
    void aNoticeOf6WorkingDaysIsRefusedInKz2018But3AreEnoughInKz2023T_000_29_002_56() {
        Commission old = new Commission(Edition.KZ_2018);
        assertThatThrownBy(() -> schedule(old, meetingDay(6))).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("at least 7 working days").hasMessageContaining("leaves 6");
        assertThat(schedule(old, meetingDay(7))).isWaitingAt("Task_AgreeDate");

        Commission transitional = new Commission(Edition.KZ_2023T);
        ProcessInstance pi = schedule(transitional, meetingDay(3));
        assertThat(pi).isWaitingAt("Task_AgreeDate");
        assertThat(taskAt(pi, "Task_AgreeDate")).isAssignedTo(transitional.chair);
        assertThatThrownBy(() -> schedule(transitional, meetingDay(2))).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("at least 3 working days");
    }

    @Test
    void theChairRejectsADateAndHrProposesAnotherThatAlsoKeepsTheNotice_000_29() {
        Commission c = new Commission(Edition.KZ_2018);
        ProcessInstance pi = schedule(c, meetingDay(7));
        assertThatThrownBy(() -> complete(taskAt(pi, "Task_AgreeDate"), Map.of("decision", "REJECT")))
                .hasRootCauseInstanceOf(InvalidTaskInput.class);
        complete(taskAt(pi, "Task_AgreeDate"), Map.of("decision", "REJECT", "returnReason", "Іссапар / Командировка"));
        assertThatThrownBy(() -> complete(taskAt(pi, "Task_ProposeDate"), Map.of("newDate", meetingDay(5).toString())))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("7 working days");
        complete(taskAt(pi, "Task_ProposeDate"), Map.of("newDate", meetingDay(9).toString()));
        complete(taskAt(pi, "Task_AgreeDate"), Map.of("decision", "AGREE"));
        runAsync(pi);
        assertThat(pi).isWaitingAt("Task_RecordAttendance");
        assertThat(taskAt(pi, "Task_RecordAttendance").getDueDate()).isEqualTo(endOfDay(meetingDay(9)));
        assertThat(meetings.meeting(meetingId(pi)).getNoticeSentAt()).isNotNull();
    }

    @Test
    void everyEvaluatorGetsTheNoticeAsATasklistTaskThatNeverHoldsUpTheMeeting_000_29() {
        Commission c = new Commission(Edition.KZ_2018);
        String spec3 = c.f.addSpecialist(model, "s3", OrgFixture.LONG_AGO);
        c.handedOver(spec3, "EFFECTIVE", c.f.head);
        ProcessInstance pi = convened(c);
        LocalDate day = meetingDay(7);

        List<Task> notices = taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ReadNotice").list();
        assertThat(notices).extracting(Task::getAssignee).containsExactlyInAnyOrder(c.f.unitHead, c.f.head);
        assertThat(notices).allSatisfy(t -> {
            assertThat(t.getDueDate()).isEqualTo(endOfDay(day));
            assertThat(t.getName()).contains("Ознакомиться с извещением о заседании");
        });
        Task unitHeads = notices.stream().filter(t -> t.getAssignee().equals(c.f.unitHead)).findFirst().orElseThrow();
        String agenda = (String) taskService.getVariableLocal(unitHeads.getId(), "noticeAgenda");
        assertThat(agenda).contains(model.servant(c.f.spec1).getFullNameRu(), model.servant(c.f.spec2).getFullNameRu())
                .doesNotContain(model.servant(spec3).getFullNameRu());
        assertThat((String) taskService.getVariable(unitHeads.getId(), "meetingDate")).isEqualTo(day.toString());
        assertThat((String) taskService.getVariableLocal(unitHeads.getId(), "noticePlace")).isNotBlank();
        // Only the evaluator it was sent to confirms it.
        mayWork(c.f.spec1, unitHeads);
        identityService.setAuthenticatedUserId(c.f.spec1);
        assertThatThrownBy(() -> taskService.complete(unitHeads.getId(), Map.of("noticeRead", true)))
                .hasRootCauseInstanceOf(InvalidTaskInput.class);
        identityService.clearAuthentication();
        complete(unitHeads, Map.of("noticeRead", true));
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReadNotice")
                .count()).isEqualTo(1);

        // The meeting goes on while the chair's notice is still open; the meeting day's end closes it.
        complete(taskAt(pi, "Task_RecordAttendance"), Map.of("present", String.join(",", c.present(5))));
        assertThat(pi).isWaitingAt("Task_Vote", "Task_ReadNotice");
        Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("Timer_MeetingDayOver").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(endOfDay(day));
        managementService.executeJob(timer.getId());
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReadNotice")
                .count()).isZero();
        assertThat(pi).isWaitingAt("Task_Vote");
    }

    @Test
    void theAuthorizedPersonReturnsTheResultsWithAReasonForANewVote_000_39() {
        Commission c = new Commission(Edition.KZ_2018);
        ProcessInstance pi = protocolSigned(c, 5);
        long id = meetingId(pi);
        assertThatThrownBy(() -> complete(taskAt(pi, "Task_ApproveResults"), Map.of("decision", "RETURN")))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("why");
        assertThat(pi).isWaitingAt("Task_ApproveResults");

        clockAt(meetingDay(7).plusDays(1).atTime(9, 0));
        complete(taskAt(pi, "Task_ApproveResults"), Map.of("decision", "RETURN",
                "returnReason", "Грейд не соответствует листу / Баға парағына сәйкес емес"));
        assertThat(pi).isWaitingAt("Task_Vote");
        assertThat(meetings.finalResult(c.f.spec1, 2025)).isEmpty();
        CommissionMeeting meeting = meetings.meeting(id);
        assertThat(meeting.getVoteRound()).isEqualTo(2);
        assertThat(meeting.getReturnReason()).contains("Грейд");
        assertThat(meetings.decisions(id)).allMatch(d -> d.getStatus() == CommissionDecision.Status.PENDING);
        List<Task> votes = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Vote")
                .list();
        assertThat(votes).hasSize(10).allSatisfy(t -> assertThat(t.getDueDate())
                .isEqualTo(workingDays.after(ClockUtil.getCurrentTime(), 3, "Asia/Almaty")));

        // The new vote revises spec1; the protocol is signed again and approved.
        Map<String, String> o = new HashMap<>();
        for (String m : c.present(5).subList(0, 3)) {
            o.put(m + "/" + c.f.spec1, "REVISE:SATISFACTORY");
        }
        allVote(c, pi, 5, o);
        complete(taskAt(pi, "Task_DraftProtocol"), Map.of("conclusion", "Қайта қаралды / Пересмотрено"));
        for (String m : c.present(5)) {
            complete(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SignProtocol")
                    .taskAssignee(m).singleResult(), Map.of());
        }
        complete(taskAt(pi, "Task_ApproveResults"), Map.of("decision", "APPROVE"));
        assertThat(meetings.finalResult(c.f.spec1, 2025)).hasValueSatisfying(d ->
                assertThat(d.result().name()).isEqualTo("SATISFACTORY"));
        // Both rounds are kept: 5 approvals in round 1, the new votes in round 2.
        assertThat(meetings.votes(id, c.f.spec1)).hasSize(10).extracting(CommissionVote::getVoteRound)
                .containsOnly(1, 2);
        assertThat(meetings.signatures(id)).hasSize(6);
        assertThat(pi).isWaitingAt("Task_AcquaintServant");
    }

    @Test
    void membersVoteOverTheApiWhileTheSecretaryANonMemberAnAbsentMemberASecondVoteAndBadInputGet400_000_32_34() {
        Commission c = new Commission(Edition.KZ_2018);
        ProcessInstance pi = held(c, 5);
        String password = "Commission-Vote-1";
        String absent = c.members.get(5);
        String member = c.members.get(1);
        for (String login : List.of(c.secretary, c.f.spec1, absent, c.chair, member)) {
            identity.setPassword(login, password);
        }
        long id = meetingId(pi);
        String path = "/api/commission-meetings/" + id + "/agenda/" + c.f.spec1 + "/votes";

        var secretary = Rest.as(port, c.secretary, password).post(path, "{\"vote\":\"APPROVE\"}");
        assertThat(secretary.statusCode()).isEqualTo(400);
        assertThat(secretary.body()).contains("does not vote (000 §34)");
        var nonMember = Rest.as(port, c.f.spec1, password).post(path, "{\"vote\":\"APPROVE\"}");
        assertThat(nonMember.statusCode()).isEqualTo(400);
        assertThat(nonMember.body()).contains("not a member of the commission present");
        var absentMember = Rest.as(port, absent, password).post(path, "{\"vote\":\"APPROVE\"}");
        assertThat(absentMember.statusCode()).isEqualTo(400);
        assertThat(absentMember.body()).contains("not a member of the commission present");

        Rest chair = Rest.as(port, c.chair, password);
        var noResult = chair.post(path, "{\"vote\":\"REVISE\"}");
        assertThat(noResult.statusCode()).isEqualTo(400);
        assertThat(noResult.body()).contains("revised result");
        var unknown = chair.post(path, "{\"vote\":\"ABSTAIN\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("APPROVE or REVISE");
        assertThat(voteTask(pi, c.chair, c.f.spec1)).isNotNull();   // still open, nothing lost
        assertThat(meetings.votes(id, c.f.spec1)).isEmpty();

        var cast = chair.post(path, "{\"vote\":\"REVISE\",\"revisedGrade\":\"SATISFACTORY\","
                + "\"recommendation\":\"Оқу / Обучение\"}");
        assertThat(cast.statusCode()).isEqualTo(201);
        assertThat(cast.body()).contains("\"vote\":\"REVISE\"", "\"revisedGrade\":\"SATISFACTORY\"");
        var twice = chair.post(path, "{\"vote\":\"APPROVE\"}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("already");
        assertThat(Rest.as(port, member, password).post(path, "{\"vote\":\"APPROVE\"}").statusCode()).isEqualTo(201);
        runAsync(pi);

        assertThat(meetings.votes(id, c.f.spec1)).extracting(CommissionVote::getMemberLogin)
                .containsExactlyInAnyOrder(c.chair, member);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Vote")
                .count()).isEqualTo(8);
        assertThat(chair.post("/api/commission-meetings/999999/agenda/x/votes", "{\"vote\":\"APPROVE\"}")
                .statusCode()).isEqualTo(404);
    }
}
