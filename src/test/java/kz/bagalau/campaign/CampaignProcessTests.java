package kz.bagalau.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.quarterly.QuarterlyEvaluations;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.web.BadRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The evaluation campaign of a 30-servant organisation: schedule, approval, batched idempotent launch (issue 10). */
@BagalauBootTest
class CampaignProcessTests {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired OrganisationModel model;
    @Autowired Campaigns campaigns;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 4, 1, 9, 0).atZone(ZoneId.of("Asia/Almaty")).toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** 30 servants: the fixture's 7 (2 political posts) + 23 specialists, one of them hired after the quarter. */
    OrgFixture thirtyServants(String code) {
        OrgFixture f = OrgFixture.create(model, code, Edition.KZ_2025);
        for (int i = 0; i < 22; i++) {
            f.addSpecialist(model, "s" + i, OrgFixture.LONG_AGO);
        }
        f.addSpecialist(model, "joined-in-april", LocalDate.of(2026, 4, 15));
        return f;
    }

    ProcessInstance approvedCampaign(OrgFixture f) {
        var started = campaigns.start(f.code, "2026-Q1");
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .singleResult();
        assertThat(pi).isWaitingAt("Task_DraftSchedule");
        assertThat(task(pi)).hasCandidateGroup("hr-" + f.code);
        // Opened Wednesday 1 April 2026: 5 working days → Wednesday 8 April.
        assertThat(task(pi).getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 4, 8).atTime(23, 59, 59, 999_000_000)
                .atZone(ZoneId.of("Asia/Almaty")).toInstant()));
        taskService.complete(task(pi).getId(), Map.of("plannedStart", "2026-04-02"));
        assertThat(task(pi)).isAssignedTo(f.authorized);
        taskService.complete(task(pi).getId(), Map.of("scheduleDecision", "APPROVE"));
        assertThat(pi).isWaitingAt("TimerEvent_PlannedStart");
        execute(job(pi));
        return pi;
    }

    Map<String, Long> instancesPerBusinessKey(OrgFixture f) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(QuarterlyEvaluations.PROCESS)
                .processInstanceBusinessKeyLike(f.code + "/%").list().stream()
                .collect(Collectors.groupingBy(HistoricProcessInstance::getBusinessKey, Collectors.counting()));
    }

    @Test
    void startsExactlyOneEvaluationPerCorpsBServantInBatches_andACrashedBatchRepeatsNobody() {
        OrgFixture f = thirtyServants("camp-a");
        ProcessInstance pi = approvedCampaign(f);
        runtimeService.setVariable(pi.getId(), "batchSize", 10);

        // A batch that crashes half-way leaves nothing behind: its starts and records roll back together.
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            campaigns.launchBatch(f.code, Edition.KZ_2025, CampaignPeriod.parse("2026-Q1"), 10);
            status.setRollbackOnly();
        });
        assertThat(instancesPerBusinessKey(f)).isEmpty();

        // The engine runs the batches as jobs: 27 servants in the quarter (2 political posts, 1 joined later) → 3 batches.
        for (int batch = 0; batch < 3; batch++) {
            assertThat(pi).isWaitingAt("Task_LaunchBatch");
            execute(job(pi));
        }
        assertThat(pi).isWaitingAt("TimerEvent_NextCheck");
        Map<String, Long> perKey = instancesPerBusinessKey(f);
        assertThat(perKey).hasSize(27).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
        assertThat(perKey).doesNotContainKeys(f.code + "/" + f.chair + "/2026-Q1", f.code + "/" + f.code
                + ".joined-in-april/2026-Q1");

        // The next check launches nobody twice.
        execute(job(pi));
        assertThat(instancesPerBusinessKey(f)).hasSize(27);
        Campaigns.Progress progress = campaigns.progress(f.code, Edition.KZ_2025, CampaignPeriod.parse("2026-Q1"));
        assertThat(progress.launched()).isEqualTo(27);
        assertThat(progress.running()).isEqualTo(27);
        assertThat(progress.outcomes().get(QuarterlyEvaluations.PROCESS)).containsEntry("AWAITING_SCORES", 27L);
    }

    @Test
    void aReturnedScheduleIsDueAgainTwoWorkingDaysLater() {
        OrgFixture f = OrgFixture.create(model, "camp-b", Edition.KZ_2025);
        var started = campaigns.start(f.code, "2026-Q1");
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .singleResult();
        taskService.complete(task(pi).getId(), Map.of("plannedStart", "2026-04-02"));
        assertThatThrownBy(() -> taskService.complete(task(pi).getId(), Map.of("scheduleDecision", "RETURN")))
                .hasMessageContaining("Write why");
        taskService.complete(task(pi).getId(), Map.of("scheduleDecision", "RETURN", "returnReason", "Сроки"));
        assertThat(pi).isWaitingAt("Task_DraftSchedule");
        // Returned Wednesday 1 April → Friday 3 April.
        assertThat(task(pi).getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 4, 3).atTime(23, 59, 59, 999_000_000)
                .atZone(ZoneId.of("Asia/Almaty")).toInstant()));
        assertThatThrownBy(() -> taskService.complete(task(pi).getId(), Map.of("plannedStart", "2026-03-01")))
                .hasMessageContaining("in the past");
    }

    @Test
    void aCampaignIsOpenedOncePerPeriodAndOnlyForWhatTheEditionRuns() {
        OrgFixture f = OrgFixture.create(model, "camp-c", Edition.KZ_2025);
        campaigns.start(f.code, "2026-Q2");
        assertThatThrownBy(() -> campaigns.start(f.code, "2026-Q2")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> campaigns.start(f.code, "2026-13")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("must be a year");
        OrgFixture yearly = OrgFixture.create(model, "camp-d", Edition.KZ_2018);
        assertThatThrownBy(() -> campaigns.start(yearly.code, "2026-Q1")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("evaluates by year");
    }

    @Test
    void aKz2018YearlyCampaignOpensEveryWorkPlanAndWaitsForTheYearsEndForTheKpiSheets_000_9_17() {
        OrgFixture f = OrgFixture.create(model, "camp-f", Edition.KZ_2018);
        var started = campaigns.start(f.code, "2026");
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .singleResult();
        taskService.complete(task(pi).getId(), Map.of("plannedStart", "2026-04-02"));
        taskService.complete(task(pi).getId(), Map.of("scheduleDecision", "APPROVE"));
        execute(job(pi));
        execute(job(pi));
        // Corps B: head of apparatus, HR, unit head, two specialists; the chairman and his deputy are political posts.
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("work-plan-approval")
                .processInstanceBusinessKeyLike(f.code + "/%").count()).isEqualTo(5);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("kpi-evaluation")
                .processInstanceBusinessKeyLike(f.code + "/%").count()).isZero();
    }

    @Test
    void aYearlyCampaignOfAQuarterlyEditionFormsTheYearlyGrade() {
        OrgFixture f = OrgFixture.create(model, "camp-e", Edition.KZ_2025);
        var started = campaigns.start(f.code, "2026");
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .singleResult();
        taskService.complete(task(pi).getId(), Map.of("plannedStart", "2026-12-01"));
        taskService.complete(task(pi).getId(), Map.of("scheduleDecision", "APPROVE"));
        execute(job(pi));
        execute(job(pi));
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("annual-grade")
                .processInstanceBusinessKey(f.code + "/annual-grade/2026").count()).isEqualTo(1);
    }
}
