package kz.bagalau.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import kz.bagalau.support.BagalauBootTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Process deadlines come from the calendar (issue 4 "Engine integration"; methodology §Deadlines). */
@BagalauBootTest
class CalendarProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private String deploymentId;

    @BeforeEach
    void deploy() {
        BpmnAwareTests.init(processEngine);
        deploymentId = repositoryService.createDeployment().name("calendar-process-tests")
                .addClasspathResource("calendar/working-day-deadlines.bpmn").deploy().getId();
    }

    @AfterEach
    void undeploy() {
        ClockUtil.reset();
        repositoryService.deleteDeployment(deploymentId, true);
    }

    private static Date endOfDay(String day, String zone) {
        return Date.from(LocalDate.parse(day).atTime(23, 59, 59, 999_000_000).atZone(java.time.ZoneId.of(zone))
                .toInstant());
    }

    @Test
    void aPlanReturnedOnFriday7March2025IsDueAtTheEndOfWednesday12March() {
        // 000 §12: resubmission no later than 2 WD after the return; 8-9 March weekend, 10 March moved Women's Day.
        Date returnedAt = Date.from(ZonedDateTime.parse("2025-03-07T16:30:00+05:00[Asia/Almaty]").toInstant());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("calendar-expression-deadline",
                Map.of("returnedAt", returnedAt));

        assertThat(instance).isWaitingAt("Task_ResubmitPlan");
        assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2025-03-12", "Asia/Almaty"));
        assertThat(task(instance).getFollowUpDate()).isEqualTo(endOfDay("2025-03-11", "Asia/Aqtobe"));
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aDeadlineWrittenAsTextInModelerCountsWorkingDaysFromNow() {
        // Thursday 20 March 2025 in Almaty: Nauryz and its moves take 21-25 March.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-03-20T05:00:00Z")));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("calendar-text-deadline");

        assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2025-03-27", "Asia/Almaty"));
        Date timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId("Timer_HandOverOverdue").singleResult().getDuedate();
        assertThat(timer).isEqualTo(endOfDay("2025-03-28", "Asia/Almaty"));
    }

    @Test
    void aDeadlineInAYearWithoutItsActRaisesAnIncidentAndStillGetsADueDate() {
        // 2095 is not loaded: computed by statute (8 March 2095 is a Tuesday holiday) and shown in Cockpit.
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("calendar-expression-deadline",
                Map.of("returnedAt", "2095-03-04"));

        assertThat(task(instance).getDueDate()).isEqualTo(endOfDay("2095-03-09", "Asia/Almaty"));
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId())
                .incidentType(MissingYears.INCIDENT_TYPE).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getConfiguration()).isEqualTo("2095");
        assertThat(incident.getActivityId()).isEqualTo("Task_ResubmitPlan");
        assertThat(incident.getIncidentMessage()).contains("2095 is not loaded").contains("PUT /api/calendar/years/2095");
    }
}
