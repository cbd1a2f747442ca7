package kz.bagalau.quarterly;

import static kz.bagalau.quarterly.QuarterlyProcessSupport.clockAt;
import static kz.bagalau.quarterly.QuarterlyProcessSupport.endOfDay;
import static kz.bagalau.quarterly.QuarterlyProcessSupport.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import kz.bagalau.acquaintance.AcquaintanceChannel;
import kz.bagalau.acquaintance.Acquaintances;
import kz.bagalau.calibration.CalibrationApplications;
import kz.bagalau.notification.Notifications;
import kz.bagalau.org.AbsenceReason;
import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.SanctionType;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.scorecard.QuarterlyResult;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.web.BadRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quarterly evaluation driven through the real BPMN and DMN (editions KZ-2025, seed 004, and
 * KZ-2023, seed 003), with the working-day calendar deciding every due date.
 */
@BagalauBootTest
class QuarterlyEvaluationProcessTests {

    private static final AtomicInteger ORGS = new AtomicInteger();
    /** The first quarter of 2026, evaluated on 10 April 2026. */
    static final LocalDate EVALUATED_ON = LocalDate.of(2026, 4, 10);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired OrganisationModel model;
    @Autowired QuarterlyEvaluations evaluations;
    @Autowired QuarterlyResults results;
    @Autowired CoEvaluators coEvaluators;
    @Autowired Acquaintances acquaintances;
    @Autowired CalibrationApplications applications;
    @Autowired Notifications notifications;

    @BeforeEach
    void setUp() {
        QuarterlyProcessSupport.init(engine);
        clockAt(LocalDateTime.of(2026, 4, 13, 10, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    OrgFixture org(Edition edition) {
        return OrgFixture.create(model, "q" + ORGS.incrementAndGet(), edition);
    }

    ProcessInstance start(OrgFixture f, String login, int year, int quarter) {
        Map<String, Object> v = new HashMap<>();
        v.put("organisation", f.code);
        v.put("servant", login);
        v.put("year", year);
        v.put("quarter", quarter);
        v.put("evaluatedOn", EVALUATED_ON.toString());
        return runtimeService.startProcessInstanceByKey(QuarterlyEvaluations.PROCESS,
                new QuarterRef(f.code, login, year, quarter).businessKey(), v);
    }

    QuarterlyResult result(OrgFixture f, String login, int year, int quarter) {
        return results.find(new QuarterRef(f.code, login, year, quarter)).orElseThrow();
    }

    String formRef(Task t) {
        String key = taskService.createTaskQuery().taskId(t.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey();
        if ("Task_Score".equals(t.getTaskDefinitionKey())) {
            // on the task itself: a task list resolves it without walking the executions (docs/benchmarks.md)
            assertThat(taskService.getVariableLocal(t.getId(), "scoreForm")).isEqualTo(key);
        }
        return key;
    }

    void completeTask(Task t, Map<String, Object> v) {
        taskService.complete(t.getId(), v);
    }

    @Test
    void aStartKeepsTheEligibilityDecisionInHistoryButNotTheEditionsDeadlines_004_5() {
        OrgFixture f = org(Edition.KZ_2025);
        var history = engine.getHistoryService();
        long deadlines = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("quarterly-deadlines").count();
        long eligibility = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("evaluation-eligibility")
                .count();

        ProcessInstance pi = start(f, f.spec1, 2026, 1);

        // the deadlines are configuration: the process keeps their outputs as variables (and their history)
        assertThat(runtimeService.getVariable(pi.getId(), "scoreByDay")).isEqualTo(20);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName("scoreByDay")
                .count()).isEqualTo(1);
        assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("quarterly-deadlines").count())
                .isEqualTo(deadlines);
        // ... and which version of the table set them is recorded with the pinned grading tables
        String table = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey("quarterly-deadlines").latestVersion().singleResult().getId();
        assertThat((java.util.Map<String, Object>) runtimeService.getVariable(pi.getId(), "decisionVersions"))
                .containsEntry("quarterly-deadlines", table);
        // whether this servant is evaluated is a decision about a person: kept for the 3-year retention
        assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("evaluation-eligibility")
                .count()).isEqualTo(eligibility + 1);
    }

    @Test
    void kz2025_nonManagerial_scoredByTheHeadOfApparatusByThe20th_acknowledgedAndAccepted_004_5_17() {
        OrgFixture f = org(Edition.KZ_2025);
        ProcessInstance pi = start(f, f.spec1, 2026, 1);

        assertThat(pi).isWaitingAt("Task_Score");
        Task scoring = task(pi);
        assertThat(scoring).isAssignedTo(f.head);
        assertThat(scoring.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 4, 20)));
        assertThat(formRef(scoring)).isEqualTo("quarterly-score-non-managerial");

        completeTask(scoring, scores(5, 4, 4, 4, 5));
        assertThat(pi).hasPassed("Task_GradeResult").isWaitingAt("Task_AcknowledgeResult");
        QuarterlyResult r = result(f, f.spec1, 2026, 1);
        assertThat(r.getFinalScore()).isEqualByComparingTo("4.40");
        assertThat(r.getGrade()).isEqualTo(Grade.EFFECTIVE);
        // The scores live in the result table only (003 §15); the grade stays for the acknowledgement form.
        assertThat(pi).variables().containsEntry("grade", "EFFECTIVE").doesNotContainKey("score1");
        assertThat(notifications.sentTo(f.spec1)).anySatisfy(n -> {
            assertThat(n.templateKey()).isEqualTo(Notifications.RESULT_AVAILABLE);
            assertThat(n.body()).contains("4.40");
        });

        Task acknowledge = task(pi);
        assertThat(acknowledge).isAssignedTo(f.spec1);
        // Graded on Monday 13 April: 2 working days → end of Wednesday 15 April.
        assertThat(acknowledge.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 4, 15)));
        completeTask(acknowledge, Map.of("acknowledged", true));
        assertThat(acquaintances.of(pi.getBusinessKey())).singleElement()
                .satisfies(a -> assertThat(a.getChannel()).isEqualTo(AcquaintanceChannel.TASKLIST));

        Task window = task(pi);
        assertThat(pi).isWaitingAt("Task_CalibrationWindow");
        completeTask(window, Map.of("applyForCalibration", false));
        assertThat(pi).hasPassed("EndEvent_ResultAccepted").isEnded();
    }

    @Test
    void kz2025_theHeadOfApparatusIsScoredByTheDirectSupervisorOnTheManagerialForm_004_17() {
        OrgFixture f = org(Edition.KZ_2025);
        ProcessInstance pi = start(f, f.head, 2026, 1);
        assertThat(task(pi)).isAssignedTo(f.chair);
        assertThat(formRef(task(pi))).isEqualTo("quarterly-score-managerial");
        completeTask(task(pi), scores(3, 3, 4, 4, 4));
        assertThat(result(f, f.head, 2026, 1).getFinalScore()).isEqualByComparingTo("3.60");
        assertThat(result(f, f.head, 2026, 1).getGrade()).isEqualTo(Grade.PROPER);
    }

    @ParameterizedTest(name = "{0} caps 5.00 at {1}")
    @CsvSource({"REMARK, 2.99, SATISFACTORY", "REPRIMAND, 2.99, SATISFACTORY", "SEVERE_REPRIMAND, 2.99, SATISFACTORY",
            "WARNING_INCOMPLETE_COMPLIANCE, 1.99, UNSATISFACTORY", "DEMOTION, 1.99, UNSATISFACTORY",
            "OTHER, 1.99, UNSATISFACTORY"})
    void aSanctionInTheQuarterCapsTheResult_004_appendices(SanctionType sanction, String cap, Grade grade) {
        OrgFixture f = org(Edition.KZ_2025);
        model.recordSanction(f.spec1, sanction, LocalDate.of(2026, 2, 10));
        ProcessInstance pi = start(f, f.spec1, 2026, 1);
        completeTask(task(pi), scores(5, 5, 5, 5, 5));
        QuarterlyResult r = result(f, f.spec1, 2026, 1);
        assertThat(r.getAverageScore()).isEqualByComparingTo("5.00");
        assertThat(r.getFinalScore()).isEqualByComparingTo(cap);
        assertThat(r.isCapApplied()).isTrue();
        assertThat(r.getGrade()).isEqualTo(grade);
    }

    @Test
    void aSanctionOutsideTheQuarterDoesNotCap() {
        OrgFixture f = org(Edition.KZ_2025);
        model.recordSanction(f.spec1, SanctionType.REPRIMAND, LocalDate.of(2025, 12, 31));
        ProcessInstance pi = start(f, f.spec1, 2026, 1);
        completeTask(task(pi), scores(5, 5, 5, 5, 5));
        assertThat(result(f, f.spec1, 2026, 1).getFinalScore()).isEqualByComparingTo("5.00");
    }

    @Test
    void theDeputyScoresWhenTheHeadOfApparatusIsAbsent_004_4() {
        OrgFixture f = org(Edition.KZ_2025);
        model.setDeputy(f.head, f.unitHead);
        model.recordAbsence(f.head, AbsenceReason.BUSINESS_TRIP, EVALUATED_ON.minusDays(1), EVALUATED_ON.plusDays(3));
        ProcessInstance pi = start(f, f.spec2, 2026, 1);
        assertThat(task(pi)).isAssignedTo(f.unitHead);
        assertThat(pi).variables().containsEntry("evaluator", f.unitHead);
    }

    @Test
    void coEvaluatorsAlsoScoreWhenTheEvaluatorHasMoreThan20ToEvaluate_004_18() {
        OrgFixture f = org(Edition.KZ_2025);
        // The fixture gives the head of apparatus 4 corps B servants to evaluate; 17 more make 21.
        for (int i = 0; i < 17; i++) {
            f.addSpecialist(model, "extra" + i, OrgFixture.LONG_AGO);
        }
        coEvaluators.designate(f.code, f.head, List.of(f.unitHead, f.hr, f.spec1), "test");
        ProcessInstance pi = start(f, f.spec1, 2026, 1);

        List<Task> scoring = QuarterlyProcessSupport.scoringTasks(pi);
        assertThat(scoring).extracting(Task::getAssignee).containsExactlyInAnyOrder(f.head, f.unitHead, f.hr);
        Map<String, int[]> sheets = Map.of(f.head, new int[] {5, 5, 5, 5, 5}, f.unitHead, new int[] {4, 4, 4, 4, 4},
                f.hr, new int[] {3, 4, 4, 4, 5});
        for (Task t : scoring) {
            completeTask(t, scores(sheets.get(t.getAssignee())));
        }
        // 25 + 20 + 20 = 65 over 15 scores = 4.33 (average per parameter, 004 §18; docs/decisions.md)
        assertThat(result(f, f.spec1, 2026, 1).getFinalScore()).isEqualByComparingTo("4.33");
    }

    @Test
    void withExactly20ToEvaluateTheEvaluatorScoresAlone_004_18() {
        OrgFixture f = org(Edition.KZ_2025);
        for (int i = 0; i < 16; i++) {
            f.addSpecialist(model, "extra" + i, OrgFixture.LONG_AGO);
        }
        coEvaluators.designate(f.code, f.head, List.of(f.unitHead), "test");
        assertThat(coEvaluators.load(f.code, f.head, EVALUATED_ON)).isEqualTo(20);
        ProcessInstance pi = start(f, f.spec2, 2026, 1);
        assertThat(QuarterlyProcessSupport.scoringTasks(pi)).extracting(Task::getAssignee).containsExactly(f.head);
    }

    @Test
    void lessThanOneMonthInThePositionIsNotEvaluated_004_6() {
        OrgFixture f = org(Edition.KZ_2025);
        String newcomer = f.addSpecialist(model, "newcomer", LocalDate.of(2026, 3, 10));
        ProcessInstance pi = start(f, newcomer, 2026, 1);
        assertThat(pi).hasPassed("EndEvent_NotEvaluated").isEnded();
        QuarterlyResult r = result(f, newcomer, 2026, 1);
        assertThat(r.getEligibility().name()).isEqualTo("NOT_ELIGIBLE");
        assertThat(r.getEligibilityReason()).isEqualTo("LESS_THAN_1_MONTH");
    }

    @Test
    void fewerThan15WorkingDaysActuallyWorkedIsNotEvaluated_004_6() {
        OrgFixture f = org(Edition.KZ_2025);
        model.recordAbsence(f.spec2, AbsenceReason.SICK_LEAVE, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 20));
        ProcessInstance pi = start(f, f.spec2, 2026, 1);
        assertThat(pi).hasPassed("EndEvent_NotEvaluated").isEnded();
        assertThat(result(f, f.spec2, 2026, 1).getEligibilityReason()).isEqualTo("FEWER_THAN_15_WORKED_DAYS");
    }

    @Test
    void aDismissedServantIsEvaluatedWithoutParticipationAndHrRecordsTheChannel_004_7_10() {
        OrgFixture f = org(Edition.KZ_2025);
        model.dismiss(f.spec2, LocalDate.of(2026, 3, 25));
        ProcessInstance pi = start(f, f.spec2, 2026, 1);
        completeTask(task(pi), scores(4, 4, 4, 4, 4));

        assertThat(pi).isWaitingAt("Task_RecordExternalAcquaintance");
        Task hr = task(pi);
        assertThat(hr).hasCandidateGroup("hr-" + f.code);
        // Within the month after the quarter (004 §10): the end of 30 April.
        assertThat(hr.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 4, 30)));

        assertThatThrownBy(() -> completeTask(hr, Map.of("channel", "PIGEON", "deliveredOn", "2026-04-14",
                "deliveryProof", "x"))).hasMessageContaining("not one that records delivery");
        assertThat(pi).isWaitingAt("Task_RecordExternalAcquaintance");

        completeTask(hr, Map.of("channel", "REGISTERED_LETTER", "deliveredOn", "2026-04-14", "deliveryProof", "RR123456KZ"));
        assertThat(pi).hasPassed("EndEvent_AcquaintedExternally").isEnded();
        assertThat(acquaintances.of(pi.getBusinessKey())).singleElement().satisfies(a -> {
            assertThat(a.getChannel()).isEqualTo(AcquaintanceChannel.REGISTERED_LETTER);
            assertThat(a.getProof()).isEqualTo("RR123456KZ");
        });
    }

    @Test
    void kz2023_staffAreRankedOnFourParametersByTheUnitHeadByThe10th_003_29_32() {
        OrgFixture f = org(Edition.KZ_2023);
        ProcessInstance pi = start(f, f.spec1, 2026, 1);
        Task t = task(pi);
        assertThat(t).isAssignedTo(f.unitHead);
        assertThat(formRef(t)).isEqualTo("quarterly-score-ranking");
        assertThat(t.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 4, 10)));
        completeTask(t, scores(4, 3, 3, 4));
        assertThat(result(f, f.spec1, 2026, 1).getFinalScore()).isEqualByComparingTo("3.50");
        assertThat(result(f, f.spec1, 2026, 1).getGrade()).isEqualTo(Grade.PROPER);
    }

    @Test
    void kz2023_headsAreScoredOnThreeToFiveKpis_003_21_27() {
        OrgFixture f = org(Edition.KZ_2023);
        ProcessInstance pi = start(f, f.unitHead, 2026, 1);
        Task t = task(pi);
        assertThat(t).isAssignedTo(f.head);
        assertThat(formRef(t)).isEqualTo("quarterly-score-kpi");
        Map<String, Object> kpis = scores(5, 4, 4);
        kpis.put("kpiName1", "Мемлекеттік қызметтер / Госуслуги онлайн");
        completeTask(t, kpis);
        assertThat(result(f, f.unitHead, 2026, 1).getFinalScore()).isEqualByComparingTo("4.33");
    }

    @Test
    void theCalibrationWindowClosesFiveWorkingDaysAfterAcquaintance_overNauryz_003_12_004_11() {
        OrgFixture f = org(Edition.KZ_2025);
        ProcessInstance pi = start(f, f.spec1, 2025, 4);
        completeTask(task(pi), scores(3, 3, 3, 3, 3));
        clockAt(LocalDateTime.of(2026, 3, 19, 10, 0));
        completeTask(task(pi), Map.of("acknowledged", true));

        // Thu 19 March: 20 Mar is the 1st working day; 23 (Nauryz), 24-25 (moved days off) are not;
        // 26, 27, 30, 31 March → the window closes at the end of 31 March.
        Task window = task(pi);
        assertThat(window.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 31)));
        assertThat(job("BoundaryEvent_CalibrationWindowClosed", pi).getDuedate()).isEqualTo(window.getDueDate());

        execute(job("BoundaryEvent_CalibrationWindowClosed", pi));
        assertThat(pi).hasPassed("EndEvent_ResultFinal").isEnded();
        assertThat(applications.find(f.spec1, 2025, 4)).isEmpty();
    }

    @Test
    void anApplicationWithinTheWindowIsRecordedWithItsReason_003_12() {
        OrgFixture f = org(Edition.KZ_2025);
        ProcessInstance pi = start(f, f.spec1, 2026, 1);
        completeTask(task(pi), scores(2, 2, 3, 3, 3));
        completeTask(task(pi), Map.of("acknowledged", true));

        Task window = task(pi);
        assertThatThrownBy(() -> completeTask(window, Map.of("applyForCalibration", true, "calibrationReason", " ")))
                .hasMessageContaining("Write why you disagree");
        completeTask(window, Map.of("applyForCalibration", true,
                "calibrationReason", "Не учтено выполнение поручения акима"));
        assertThat(pi).hasPassed("EndEvent_CalibrationRequested").isEnded();
        assertThat(applications.find(f.spec1, 2026, 1)).hasValueSatisfying(a ->
                assertThat(a.getReason()).isEqualTo("Не учтено выполнение поручения акима"));
        // The message end event started the calibration session for this quarter (issue 8).
        ProcessInstance session = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(f.code + "/calibration/" + f.spec1 + "/2026-Q1").singleResult();
        assertThat(session).isWaitingAt("Task_DecideComposition");
        assertThat(task(session)).isAssignedTo(f.authorized);
    }

    @Test
    void anUnacknowledgedResultCannotBeConfirmed() {
        OrgFixture f = org(Edition.KZ_2025);
        ProcessInstance pi = start(f, f.spec1, 2026, 1);
        completeTask(task(pi), scores(4, 4, 4, 4, 4));
        assertThatThrownBy(() -> completeTask(task(pi), Map.of("acknowledged", false)))
                .hasMessageContaining("to confirm");
        assertThat(pi).isWaitingAt("Task_AcknowledgeResult");
    }

    @Test
    void hrStartsOnlyQuarterlyEditionsAndOnlyOncePerQuarter() {
        OrgFixture yearly = org(Edition.KZ_2018);
        assertThatThrownBy(() -> evaluations.start(yearly.code, yearly.spec1, 2026, 1, EVALUATED_ON))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("evaluated yearly by the commission");

        OrgFixture f = org(Edition.KZ_2025);
        var started = evaluations.start(f.code, f.spec1, 2026, 1, EVALUATED_ON);
        assertThat(started.businessKey()).isEqualTo(f.code + "/" + f.spec1 + "/2026-Q1");
        assertThatThrownBy(() -> evaluations.start(f.code, f.spec1, 2026, 1, EVALUATED_ON))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("started already");
        assertThatThrownBy(() -> evaluations.start(f.code, f.spec1, 2026, 5, EVALUATED_ON))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Quarter must be 1 to 4");
    }

    @Test
    void theYearlyGradeAveragesTheQuartersEvaluated_004_5() {
        OrgFixture f = org(Edition.KZ_2025);
        // spec1: four quarters; spec2: three; unitHead: one.
        int[][] spec1 = {{5, 5, 5, 5, 5}, {4, 4, 4, 4, 4}, {3, 3, 3, 3, 3}, {4, 4, 4, 4, 5}};
        for (int q = 1; q <= 4; q++) {
            gradeQuarter(f, f.spec1, q, spec1[q - 1]);
        }
        for (int q = 1; q <= 3; q++) {
            gradeQuarter(f, f.spec2, q, new int[] {q + 1, q + 1, q + 1, q + 1, q + 2});
        }
        gradeQuarter(f, f.unitHead, 2, new int[] {2, 2, 2, 2, 2});

        ProcessInstance annual = runtimeService.startProcessInstanceByKey(AnnualGrades.PROCESS,
                AnnualGrades.businessKey(f.code, 2026), Map.of("organisation", f.code, "year", 2026));
        assertThat(annual).isWaitingAt("TimerEvent_BeforeThirtiethJanuary");
        assertThat(job(annual).getDuedate()).isEqualTo(endOfDay(LocalDate.of(2027, 1, 29)));
        execute(job(annual));
        execute(job(annual));
        assertThat(annual).isEnded().variables().containsEntry("gradesFormed", 3);

        // (5 + 4 + 3 + 4.2) / 4 = 4.05; (2.2 + 3.2 + 4.2) / 3 = 3.20; 2.00 alone
        assertThat(yearly(f.spec1)).isEqualByComparingTo("4.05");
        assertThat(yearly(f.spec2)).isEqualByComparingTo("3.20");
        assertThat(yearly(f.unitHead)).isEqualByComparingTo("2.00");
    }

    @Autowired kz.bagalau.scorecard.YearlyGrades yearlyGrades;

    BigDecimal yearly(String login) {
        return yearlyGrades.find(login, 2026).orElseThrow().getAverageScore();
    }

    void gradeQuarter(OrgFixture f, String login, int quarter, int[] sheet) {
        ProcessInstance pi = start(f, login, 2026, quarter);
        completeTask(task(pi), scores(sheet));
        assertThat(pi).isWaitingAt("Task_AcknowledgeResult");
    }
}
