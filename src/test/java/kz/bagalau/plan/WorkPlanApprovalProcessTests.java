package kz.bagalau.plan;

import static kz.bagalau.plan.YearlyProcessSupport.clockAt;
import static kz.bagalau.plan.YearlyProcessSupport.decision;
import static kz.bagalau.plan.YearlyProcessSupport.endOfDay;
import static kz.bagalau.plan.YearlyProcessSupport.kpis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.InvalidTaskInput;
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
import org.springframework.beans.factory.annotation.Autowired;

/** The individual work plan (000 §9-16) driven through the real BPMN with the working-day calendar. */
@BagalauBootTest
class WorkPlanApprovalProcessTests {

    private static final AtomicInteger ORGS = new AtomicInteger();

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired OrganisationModel model;
    @Autowired YearlyKpiEvaluations yearly;
    @Autowired WorkPlans plans;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        // Monday 5 January 2026, the first working day of the year.
        clockAt(LocalDateTime.of(2026, 1, 5, 10, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    OrgFixture org() {
        return OrgFixture.create(model, "wp" + ORGS.incrementAndGet(), Edition.KZ_2018);
    }

    ProcessInstance start(OrgFixture f, String login) {
        String id = yearly.startWorkPlan(f.code, login, 2026).processInstanceId();
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    WorkPlan plan(String login) {
        return plans.find(login, 2026).orElseThrow();
    }

    String formRef(Task t) {
        return YearlyProcessSupport.formRef(taskService, t);
    }

    @Test
    void planDraftedByTheDirectSupervisorIsApprovedFirstTimeByTheSuperior_000_9_10() {
        OrgFixture f = org();
        ProcessInstance pi = start(f, f.spec1);
        assertThat(pi.getBusinessKey()).isEqualTo(f.code + "/" + f.spec1 + "/2026");

        assertThat(pi).isWaitingAt("Task_DraftPlan");
        Task draft = task(pi);
        assertThat(draft).isAssignedTo(f.unitHead);
        // 10 working days after 1 January 2026: 2 January and 7 January are holidays → Monday 19 January.
        assertThat(draft.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 1, 19)));
        assertThat(formRef(draft)).isEqualTo("work-plan-draft");

        taskService.complete(draft.getId(), kpis(5, "100"));
        assertThat(pi).isWaitingAt("Task_ApprovePlan");
        Task approve = task(pi);
        assertThat(approve).isAssignedTo(f.head);
        // Submitted Monday 5 January: 2 working days, 7 January is a holiday → Thursday 8 January.
        assertThat(approve.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 1, 8)));
        assertThat(formRef(approve)).isEqualTo("work-plan-approve");
        assertThat((String) runtimeService.getVariable(pi.getId(), "planTable")).contains("| 5 |");

        taskService.complete(approve.getId(), decision("APPROVE", null));
        assertThat(pi).hasPassed("Gateway_MonitoringLoop").isWaitingAt("Timer_QuarterEnded");
        WorkPlan plan = plan(f.spec1);
        assertThat(plan.getStatus()).isEqualTo(WorkPlanStatus.APPROVED);
        assertThat(plan.getApprovedBy()).isEqualTo(f.head);
        assertThat(plan.getVersions()).singleElement().satisfies(v -> {
            assertThat(v.getAuthorLogin()).isEqualTo(f.unitHead);
            assertThat(v.getKpis()).hasSize(5);
        });
    }

    @Test
    void anApprovedPlanIsReadOnly() {
        OrgFixture f = org();
        ProcessInstance pi = start(f, f.spec1);
        taskService.complete(task(pi).getId(), kpis(5, "100"));
        taskService.complete(task(pi).getId(), decision("APPROVE", null));

        long planId = plan(f.spec1).getId();
        assertThatThrownBy(() -> plans.submit(planId, PlanForm.kpis(kpis(5, "50")), f.unitHead, "later change"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("read-only");
        assertThat(plan(f.spec1).getVersions()).hasSize(1);
    }

    @Test
    void returnedPlanIsCorrectedWithin2WorkingDaysAfterTheReturn_acrossAHoliday_thenApproved_000_12() {
        OrgFixture f = org();
        ProcessInstance pi = start(f, f.spec1);
        taskService.complete(task(pi).getId(), kpis(5, "100"));

        // Returned on Tuesday 6 January 2026; Wednesday 7 January (Orthodox Christmas) is not a working day.
        clockAt(LocalDateTime.of(2026, 1, 6, 15, 0));
        taskService.complete(task(pi).getId(), decision("RETURN", "НМИ 3 өлшемсіз / КЦИ 3 не измерим"));
        assertThat(pi).isWaitingAt("Task_CorrectPlan");
        Task correct = task(pi);
        assertThat(correct).isAssignedTo(f.unitHead);
        assertThat(correct.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 1, 9)));
        assertThat(formRef(correct)).isEqualTo("work-plan-correct");
        assertThat(plan(f.spec1).getStatus()).isEqualTo(WorkPlanStatus.RETURNED);

        clockAt(LocalDateTime.of(2026, 1, 8, 9, 0));
        Map<String, Object> corrected = kpis(5, "100");
        corrected.put("kpi3Planned", "95");
        corrected.put("correctionNote", "Жоспарлы мән нақтыланды / Уточнено плановое значение");
        taskService.complete(correct.getId(), corrected);
        assertThat(pi).isWaitingAt("Task_ApprovePlan");
        taskService.complete(task(pi).getId(), decision("APPROVE", null));

        WorkPlan plan = plan(f.spec1);
        assertThat(plan.getStatus()).isEqualTo(WorkPlanStatus.APPROVED);
        assertThat(plan.getVersions()).hasSize(2);
        WorkPlanVersion second = plan.getVersions().get(1);
        assertThat(second.getReason()).contains("КЦИ 3 не измерим").contains("Уточнено");
        assertThat(second.getChanges()).startsWith("НМИ/КЦИ 3:").doesNotContain("НМИ/КЦИ 1:");
        assertThat(second.getKpis().get(2).getPlannedValue()).isEqualByComparingTo(new BigDecimal("95"));
        assertThat(plan.getEvents()).extracting(e -> e.getAction() + " v" + e.getVersionNo() + " " + e.getActorLogin())
                .containsExactly("RETURNED v1 " + f.head, "APPROVED v2 " + f.head);
    }

    @Test
    void theFirstHeadApprovesWhenTheyAreTheDirectSupervisor_000_11() {
        OrgFixture f = org();
        ProcessInstance pi = start(f, f.head);
        assertThat(task(pi)).isAssignedTo(f.chair);
        taskService.complete(task(pi).getId(), kpis(5, "1"));
        assertThat(task(pi)).isAssignedTo(f.chair);
        assertThat(pi).variables().containsEntry("approver", f.chair)
                .hasEntrySatisfying("evaluatorRule", r -> assertThat((String) r).contains("000 §11"));
        taskService.complete(task(pi).getId(), decision("APPROVE", null));
        assertThat(plan(f.head).getApprovedBy()).isEqualTo(f.chair);

        // A unit head's superior supervisor is the first head too, but as the superior (000 §10).
        ProcessInstance unit = start(f, f.unitHead);
        assertThat(task(unit)).isAssignedTo(f.head);
        taskService.complete(task(unit).getId(), kpis(5, "1"));
        assertThat(task(unit)).isAssignedTo(f.chair);
    }

    @Test
    void aPlanWithFourKpisIsRejectedAndTheTaskStaysOpen_000_14() {
        OrgFixture f = org();
        ProcessInstance pi = start(f, f.spec1);
        Task draft = task(pi);
        assertThatThrownBy(() -> taskService.complete(draft.getId(), kpis(4, "100")))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("5");
        Map<String, Object> six = kpis(5, "100");
        six.putAll(Map.of("kpi6Name", "Алтыншы / Шестой"));
        assertThatThrownBy(() -> taskService.complete(draft.getId(), six)).hasRootCauseInstanceOf(InvalidTaskInput.class);
        Map<String, Object> notANumber = kpis(5, "100");
        notANumber.put("kpi2Planned", "жүз");
        assertThatThrownBy(() -> taskService.complete(draft.getId(), notANumber)).hasRootCauseInstanceOf(InvalidTaskInput.class);

        assertThat(pi).isWaitingAt("Task_DraftPlan");
        assertThat(plan(f.spec1).getVersions()).isEmpty();
    }

    @Test
    void aReturnNeedsAReasonAndTheDecisionMustBeKnown_000_12() {
        OrgFixture f = org();
        ProcessInstance pi = start(f, f.spec1);
        taskService.complete(task(pi).getId(), kpis(5, "100"));
        Task approve = task(pi);
        assertThatThrownBy(() -> taskService.complete(approve.getId(), decision("RETURN", "  ")))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("000 §12");
        assertThatThrownBy(() -> taskService.complete(approve.getId(), decision("MAYBE", null)))
                .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("MAYBE");
        assertThat(pi).isWaitingAt("Task_ApprovePlan");
        assertThat(plan(f.spec1).getStatus()).isEqualTo(WorkPlanStatus.SUBMITTED);
    }

    @Test
    void theDirectSupervisorMonitorsEachQuarterWithWrittenRecommendations_000_16() {
        OrgFixture f = org();
        ProcessInstance pi = start(f, f.spec1);
        taskService.complete(task(pi).getId(), kpis(5, "100"));
        taskService.complete(task(pi).getId(), decision("APPROVE", null));

        for (int quarter = 1; quarter <= 3; quarter++) {
            assertThat(pi).isWaitingAt("Timer_QuarterEnded");
            LocalDate quarterEnd = ScheduleKpiMonitoring.quarterEnd(2026, quarter);
            clockAt(quarterEnd.plusDays(1).atTime(9, 0));
            execute(job(pi));
            assertThat(pi).isWaitingAt("Task_MonitorKpis");
            Task monitor = task(pi);
            assertThat(monitor).isAssignedTo(f.unitHead);
            assertThat(formRef(monitor)).isEqualTo("work-plan-monitoring");
            if (quarter == 1) {
                // 10 working days after 31 March 2026 (Nauryz is 21-23 March, before) → 14 April.
                assertThat(monitor.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 4, 14)));
                assertThatThrownBy(() -> taskService.complete(monitor.getId(), Map.of("recommendations", " ")))
                        .hasRootCauseInstanceOf(InvalidTaskInput.class).hasMessageContaining("000 §16");
            }
            taskService.complete(monitor.getId(), Map.of("recommendations", "Q" + quarter + ": мерзімдерді сақтаңыз"));
        }
        assertThat(pi).hasPassed("EndEvent_PlanApproved").isEnded();
        assertThat(plan(f.spec1).getEvents()).filteredOn(e -> e.getAction() == WorkPlanEvent.Action.MONITORED)
                .extracting(WorkPlanEvent::getQuarter).containsExactly(1, 2, 3);
    }

    @Test
    void theYearsPlanIsStartedOnce_andNotForAQuarterlyEdition() {
        OrgFixture f = org();
        start(f, f.spec1);
        assertThatThrownBy(() -> yearly.startWorkPlan(f.code, f.spec1, 2026))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("started already");
        OrgFixture quarterly = OrgFixture.create(model, "wpq" + ORGS.incrementAndGet(), Edition.KZ_2025);
        assertThatThrownBy(() -> yearly.startWorkPlan(quarterly.code, quarterly.spec1, 2026))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("quarterly");
    }
}
