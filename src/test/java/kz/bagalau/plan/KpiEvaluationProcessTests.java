package kz.bagalau.plan;

import static kz.bagalau.plan.YearlyProcessSupport.actuals;
import static kz.bagalau.plan.YearlyProcessSupport.clockAt;
import static kz.bagalau.plan.YearlyProcessSupport.decision;
import static kz.bagalau.plan.YearlyProcessSupport.endOfDay;
import static kz.bagalau.plan.YearlyProcessSupport.kpis;
import static kz.bagalau.plan.YearlyProcessSupport.taskAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import kz.bagalau.competency.CompetencySheet;
import kz.bagalau.competency.CompetencySheets;
import kz.bagalau.org.AbsenceReason;
import kz.bagalau.org.Edition;
import kz.bagalau.org.NewServant;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.scorecard.CompetencyLevel;
import kz.bagalau.scorecard.Eligibility;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.InvalidTaskInput;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The yearly KPI and competency sheets (000 §4, §17-28) driven through the real BPMN and DMN. */
@BagalauBootTest
class KpiEvaluationProcessTests {

    private static final AtomicInteger ORGS = new AtomicInteger();
    /** Evaluated on Monday 11 January 2027, after the year 2026. */
    static final LocalDate EVALUATED_ON = LocalDate.of(2027, 1, 11);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired TaskService taskService;
    @Autowired OrganisationModel model;
    @Autowired YearlyKpiEvaluations yearly;
    @Autowired KpiSheets sheets;
    @Autowired CompetencySheets competencySheets;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        clockAt(LocalDateTime.of(2026, 1, 5, 10, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    OrgFixture org(Edition edition) {
        return OrgFixture.create(model, "kp" + ORGS.incrementAndGet(), edition);
    }

    /** The 2026 plan of five KPIs planned at 100, drafted and approved in January 2026. */
    void approvedPlan(OrgFixture f, String login) {
        String id = yearly.startWorkPlan(f.code, login, 2026).processInstanceId();
        ProcessInstance plan = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
        taskService.complete(task(plan).getId(), kpis(5, "100"));
        taskService.complete(task(plan).getId(), decision("APPROVE", null));
    }

    ProcessInstance evaluate(OrgFixture f, String login) {
        approvedPlan(f, login);
        clockAt(EVALUATED_ON.atTime(10, 0));
        String id = yearly.startKpiEvaluation(f.code, login, 2026, EVALUATED_ON).processInstanceId();
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** An instance that ended in its start transaction has no runtime object: ask the history. */
    void assertEndedAt(String login, String endEvent) {
        String id = sheet(login).getProcessInstanceId();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndTime())
                .isNotNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id).activityId(endEvent)
                .count()).isEqualTo(1);
    }

    KpiSheet sheet(String login) {
        return sheets.find(login, 2026).orElseThrow();
    }

    String formRef(Task t) {
        return YearlyProcessSupport.formRef(taskService, t);
    }

    /** Ticks the first {@code observed[c-1]} indicators of each competency c. */
    static Map<String, Object> ticked(int... observed) {
        Map<String, Object> v = new HashMap<>();
        for (int c = 1; c <= observed.length; c++) {
            for (int i = 1; i <= observed[c - 1]; i++) {
                v.put(CompetencySheets.key(c, i), true);
            }
        }
        return v;
    }

    @Test
    void kpiSheetReturnedForInsufficientFactsIsResubmittedAgreedAndHandedToTheCommissionWithTheCompetencySheet_000_17_28() {
        OrgFixture f = org(Edition.KZ_2018);
        ProcessInstance pi = evaluate(f, f.spec1);

        Task fill = taskAt(pi.getId(), "Task_FillKpiSheet");
        assertThat(fill).isAssignedTo(f.unitHead);
        assertThat(formRef(fill)).isEqualTo("kpi-sheet-fill");
        // 10 working days after 11 January 2027 (our reading; the seeds set no date) → 25 January.
        assertThat(fill.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2027, 1, 25)));
        Task competency = taskAt(pi.getId(), "Task_FillCompetencySheet");
        assertThat(competency).isAssignedTo(f.unitHead);
        assertThat(formRef(competency)).isEqualTo("competency-sheet-e4");

        taskService.complete(fill.getId(), actuals(100, 100, 120, "100.0", 99));
        assertThat(sheet(f.spec1).getAchievedKpis()).isEqualTo(4);
        assertThat(sheet(f.spec1).getGrade()).isEqualTo(Grade.EFFECTIVE);
        Task agree = taskAt(pi.getId(), "Task_AgreeKpiSheet");
        assertThat(agree).isAssignedTo(f.head);
        assertThat(formRef(agree)).isEqualTo("kpi-sheet-agree");
        assertThat((String) runtimeService.getVariable(pi.getId(), "sheetTable")).contains("жоқ / нет");

        // Returned on Friday 15 January 2027 → resubmission due Tuesday 19 January (000 §23).
        clockAt(LocalDateTime.of(2027, 1, 15, 16, 0));
        taskService.complete(agree.getId(), decision("RETURN", "КЦИ 5: нет отчёта / НМИ 5: есеп жоқ"));
        Task correct = taskAt(pi.getId(), "Task_CorrectKpiSheet");
        assertThat(correct).isAssignedTo(f.unitHead);
        assertThat(correct.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2027, 1, 19)));
        assertThat(sheet(f.spec1).getStatus()).isEqualTo(KpiSheetStatus.RETURNED);
        assertThat(sheet(f.spec1).getReturnReason()).contains("нет отчёта");

        clockAt(LocalDateTime.of(2027, 1, 18, 10, 0));
        taskService.complete(correct.getId(), actuals(100, 100, 120, 100, 100));
        assertThat(sheet(f.spec1).getGrade()).isEqualTo(Grade.EXCELLENT);
        assertThat(sheet(f.spec1).getSubmissions()).isEqualTo(2);
        taskService.complete(taskAt(pi.getId(), "Task_AgreeKpiSheet").getId(), decision("AGREE", null));
        assertThat(sheet(f.spec1).getStatus()).isEqualTo(KpiSheetStatus.AGREED);
        assertThat(pi).isWaitingAt("Task_FillCompetencySheet");

        // The competency sheet is signed on Tuesday 19 January: HR has until Thursday 21 January (000 §24, §28).
        clockAt(LocalDateTime.of(2027, 1, 19, 11, 0));
        taskService.complete(competency.getId(), ticked(4, 3, 3, 4, 3, 3, 1, 1, 1));
        Task handOver = taskAt(pi.getId(), "Task_HandOverToCommission");
        assertThat(handOver).hasCandidateGroup("hr-" + f.code);
        assertThat(handOver.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2027, 1, 21)));
        assertThat(formRef(handOver)).isEqualTo("kpi-sheets-handover");
        assertThat((String) runtimeService.getVariable(pi.getId(), "competencyTable"))
                .contains("Соответствует ожидаемому результату");

        taskService.complete(handOver.getId());
        assertThat(pi).hasPassed("EndEvent_HandedToCommission").isEnded();
        assertThat(sheets.handedToCommission(f.code, 2026)).singleElement().satisfies(s -> {
            assertThat(s.getServantLogin()).isEqualTo(f.spec1);
            assertThat(s.getStatus()).isEqualTo(KpiSheetStatus.HANDED_TO_COMMISSION);
            assertThat(s.getAgreedBy()).isEqualTo(f.head);
        });
    }

    @ParameterizedTest(name = "{0}: {1} of 5 achieved → {2}")
    @CsvSource({"KZ_2018, 5, EXCELLENT", "KZ_2018, 4, EFFECTIVE", "KZ_2018, 3, SATISFACTORY", "KZ_2018, 2, UNSATISFACTORY",
            "KZ_2023T, 5, EFFECTIVE", "KZ_2023T, 4, PROPER", "KZ_2023T, 3, SATISFACTORY", "KZ_2023T, 2, UNSATISFACTORY"})
    void theGradeCountsTheKpisFullyAchieved_000_18_002_49(Edition edition, int achieved, Grade grade) {
        OrgFixture f = org(edition);
        ProcessInstance pi = evaluate(f, f.spec1);
        Object[] values = new Object[5];
        for (int i = 0; i < 5; i++) {
            // 99.99 of a planned 100 is not fully reached.
            values[i] = i < achieved ? "100" : "99.99";
        }
        taskService.complete(taskAt(pi.getId(), "Task_FillKpiSheet").getId(), actuals(values));
        assertThat(sheet(f.spec1).getAchievedKpis()).isEqualTo(achieved);
        assertThat(sheet(f.spec1).getGrade()).isEqualTo(grade);
        assertThat(pi).variables().containsEntry("grade", grade.name());
    }

    @Test
    void aCompetencyMeetsTheExpectedResultWithThreeOfFourIndicatorsButNotWithTwo_000_27() {
        OrgFixture f = org(Edition.KZ_2018);
        ProcessInstance pi = evaluate(f, f.spec1);
        // E-4: service management has 4 indicators (3 ticked), operativeness 4 (2 ticked).
        taskService.complete(taskAt(pi.getId(), "Task_FillCompetencySheet").getId(), ticked(3, 3, 3, 2, 3, 3, 1, 1, 0));
        CompetencySheet sheet = competencySheets.find(f.spec1, 2026).orElseThrow();
        assertThat(sheet.getAssessments()).filteredOn(a -> a.getCompetency().equals("SERVICE_MANAGEMENT"))
                .singleElement().satisfies(a -> {
                    assertThat(a.getObserved()).isEqualTo(3);
                    assertThat(a.getTotal()).isEqualTo(4);
                    assertThat(a.getLevel()).isEqualTo(CompetencyLevel.MEETS);
                });
        assertThat(sheet.getAssessments()).filteredOn(a -> a.getCompetency().equals("OPERATIVENESS"))
                .singleElement().satisfies(a -> {
                    assertThat(a.getObserved()).isEqualTo(2);
                    assertThat(a.getTotal()).isEqualTo(4);
                    assertThat(a.getLevel()).isEqualTo(CompetencyLevel.DOES_NOT_MEET);
                });
        assertThat(sheet.getAssessments()).filteredOn(a -> a.getCompetency().equals("INITIATIVE"))
                .singleElement().satisfies(a -> assertThat(a.getLevel()).isEqualTo(CompetencyLevel.DOES_NOT_MEET));
        assertThat(pi).isWaitingAt("Task_FillKpiSheet");
    }

    @Test
    void aManagerIsAssessedOnTheE2Indicators_001_appendix4() {
        OrgFixture f = org(Edition.KZ_2018);
        ProcessInstance pi = evaluate(f, f.unitHead);
        Task competency = taskAt(pi.getId(), "Task_FillCompetencySheet");
        assertThat(competency).isAssignedTo(f.head);
        assertThat(formRef(competency)).isEqualTo("competency-sheet-e2");
        assertThat(taskAt(pi.getId(), "Task_FillKpiSheet")).isAssignedTo(f.head);
        taskService.complete(taskAt(pi.getId(), "Task_FillKpiSheet").getId(), actuals(100, 100, 100, 100, 100));
        assertThat(taskAt(pi.getId(), "Task_AgreeKpiSheet")).isAssignedTo(f.chair);
    }

    @Test
    void servantsOnProbationOrUnderThreeMonthsInThePositionAreNotEvaluated_000_4() {
        OrgFixture f = org(Edition.KZ_2018);
        Long position = model.servant(f.spec2).getPosition().getId();
        String probation = f.code + ".probation";
        model.hire(new NewServant(f.code, probation, "Сынақ", "Испытательный", null, probation + "@test.kz", "kk",
                position, f.unitHead, LocalDate.of(2025, 12, 1), LocalDate.of(2027, 3, 1)));
        evaluate(f, probation);
        assertEndedAt(probation, "EndEvent_NotEvaluated");
        assertThat(sheet(probation).getStatus()).isEqualTo(KpiSheetStatus.NOT_EVALUATED);
        assertThat(sheet(probation).getEligibilityReason()).isEqualTo("ON_PROBATION");

        clockAt(LocalDateTime.of(2026, 11, 2, 10, 0));
        String newcomer = f.addSpecialist(model, "newcomer", LocalDate.of(2026, 11, 2));
        evaluate(f, newcomer);
        assertEndedAt(newcomer, "EndEvent_NotEvaluated");
        assertThat(sheet(newcomer).getEligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
        assertThat(sheet(newcomer).getEligibilityReason()).isEqualTo("LESS_THAN_3_MONTHS");
    }

    @Test
    void anAbsentServantIsEvaluatedWithin5WorkingDaysAfterReturning_000_4() {
        OrgFixture f = org(Edition.KZ_2018);
        model.recordAbsence(f.spec1, AbsenceReason.ANNUAL_LEAVE, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15));
        ProcessInstance pi = evaluate(f, f.spec1);

        assertThat(pi).isWaitingAt("Timer_ServantReturned");
        assertThat(sheet(f.spec1).getStatus()).isEqualTo(KpiSheetStatus.DEFERRED);
        assertThat(sheet(f.spec1).getDeferredUntil()).isEqualTo(LocalDate.of(2027, 1, 22));

        clockAt(LocalDateTime.of(2027, 1, 18, 9, 0));
        execute(job(pi));
        Task fill = taskAt(pi.getId(), "Task_FillKpiSheet");
        // Leave ends Friday 15 January; the 5 working days after are 18-22 January.
        assertThat(fill.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2027, 1, 22)));
        assertThat(taskAt(pi.getId(), "Task_FillCompetencySheet").getDueDate())
                .isEqualTo(endOfDay(LocalDate.of(2027, 1, 22)));
        taskService.complete(fill.getId(), actuals(100, 100, 100, 100, 100));
        assertThat(sheet(f.spec1).getStatus()).isEqualTo(KpiSheetStatus.SUBMITTED);
    }

    @Test
    void actualValuesMustBeNumbers_andTheTaskStaysOpen() {
        OrgFixture f = org(Edition.KZ_2018);
        ProcessInstance pi = evaluate(f, f.spec1);
        Task fill = taskAt(pi.getId(), "Task_FillKpiSheet");
        assertThatThrownBy(() -> taskService.complete(fill.getId(), actuals(100, 100, "көп", 100, 100)))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("көп");
        assertThatThrownBy(() -> taskService.complete(fill.getId(), actuals(100, 100, 100, 100)))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("5");
        assertThat(taskAt(pi.getId(), "Task_FillKpiSheet")).isNotNull();
        assertThat(sheet(f.spec1).getStatus()).isEqualTo(KpiSheetStatus.FILLING);
    }

    @Test
    void theEvaluationNeedsAnApprovedPlan_andStartsOnce() {
        OrgFixture f = org(Edition.KZ_2018);
        assertThatThrownBy(() -> yearly.startKpiEvaluation(f.code, f.spec2, 2026, EVALUATED_ON))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("no individual work plan");
        evaluate(f, f.spec1);
        assertThatThrownBy(() -> yearly.startKpiEvaluation(f.code, f.spec1, 2026, EVALUATED_ON))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("started already");
    }
}
