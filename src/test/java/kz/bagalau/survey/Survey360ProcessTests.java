package kz.bagalau.survey;

import static kz.bagalau.survey.Competency.EFFECTIVE_COMMUNICATION;
import static kz.bagalau.survey.Competency.EFFICIENCY;
import static kz.bagalau.survey.Competency.ETHICS;
import static kz.bagalau.survey.Competency.SELF_DEVELOPMENT;
import static kz.bagalau.survey.SurveyFixtures.YEAR;
import static kz.bagalau.survey.SurveyFixtures.formVariables;
import static kz.bagalau.survey.SurveyFixtures.ratings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.web.BadRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
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

/** The yearly 360 survey (003 §33-36) through the real BPMN, with the working-day calendar. */
@BagalauBootTest
class Survey360ProcessTests {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired IdentityService identityService;
    @Autowired OrganisationModel model;
    @Autowired Surveys360 surveys;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        SurveyFixtures.clockInDecember();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    ProcessInstance instance(Surveys360.Started started) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).singleResult();
    }

    Task task(ProcessInstance pi, String key, String assignee) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .taskAssignee(assignee).singleResult();
    }

    /** As Tasklist does it: the respondent, logged in, submits the form. */
    void submitInTasklist(ProcessInstance pi, String key, String who, Map<Competency, Integer> ratings) {
        Task t = task(pi, key, who);
        assertThat(formOf(t)).startsWith("survey-360-");
        identityService.setAuthenticatedUserId(who);
        try {
            formService.submitTaskForm(t.getId(), formVariables(ratings));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The form Tasklist opens for the task. */
    String formOf(Task t) {
        return taskService.createTaskQuery().taskId(t.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey();
    }

    @Test
    void theFormsAreResolvedFromTheTasksOwnCopy() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);
        ProcessInstance pi = instance(surveys.start(f.code, f.spec1, YEAR));
        // a task list resolves each task's form from one read of the task's variables (docs/benchmarks.md)
        Task respond = task(pi, "Task_Respond", f.unitHead);
        Task self = task(pi, "Task_SelfAssessment", f.spec1);
        assertThat(taskService.getVariableLocal(respond.getId(), "respondForm")).isEqualTo(formOf(respond));
        assertThat(taskService.getVariableLocal(self.getId(), "selfForm")).isEqualTo(formOf(self));
        assertThat(formOf(self)).isIn("survey-360-self", "survey-360-self-head");
    }

    @Test
    void workedExampleAveragesTheRespondentsAndShowsTheSelfAssessmentBesideItUncounted() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);
        String spec3 = f.code + ".spec3";
        Surveys360.Started started = surveys.start(f.code, f.spec1, YEAR);
        ProcessInstance pi = instance(started);
        assertThat(started.businessKey()).isEqualTo(f.code + "/360/" + f.spec1 + "/2026");
        assertThat(pi).isWaitingAt("Task_Respond", "Task_SelfAssessment");
        // No later than the 10th of the month after the reporting year (003 §4): the end of 10 January 2027.
        Task respond = task(pi, "Task_Respond", f.unitHead);
        assertThat(respond.getDueDate()).isEqualTo(kzDue());

        submitInTasklist(pi, "Task_Respond", f.unitHead, ratings(4, EFFICIENCY, 2));
        submitInTasklist(pi, "Task_Respond", f.spec2, ratings(5, EFFICIENCY, 3, SELF_DEVELOPMENT, 3));
        assertThat(surveys.progress(f.code, f.spec1, YEAR).orElseThrow())
                .isEqualTo(new Surveys360.Progress(started.businessKey(), "OPEN", 2, 3, false));
        assertThat(surveys.report(f.code, f.spec1, YEAR).orElseThrow().withheld()).isTrue();
        submitInTasklist(pi, "Task_Respond", spec3, ratings(3, EFFICIENCY, 1, ETHICS, 5, EFFECTIVE_COMMUNICATION, 2));
        submitInTasklist(pi, "Task_SelfAssessment", f.spec1, ratings(5));

        assertThat(pi).isWaitingAt("Task_FeedbackMeeting").task().hasCandidateGroup("hr-" + f.code);
        Report360 report = surveys.report(f.code, f.spec1, YEAR).orElseThrow();
        assertThat(report.withheld()).isFalse();
        assertThat(report.answered()).isEqualTo(3);
        assertThat(report.competencies()).hasSize(8);
        assertThat(score(report, EFFECTIVE_COMMUNICATION).othersAverage()).isEqualByComparingTo("3.67");
        assertThat(score(report, ETHICS).othersAverage()).isEqualByComparingTo("4.67");
        assertThat(score(report, Competency.COOPERATION).othersAverage()).isEqualByComparingTo("4.00");
        assertThat(score(report, SELF_DEVELOPMENT).othersAverage()).isEqualByComparingTo("3.33");
        // Self-assessment 5 is shown beside, not counted: (4 + 3 + 1) / 3 = 2.00, not (4 + 3 + 1 + 5) / 4.
        Report360.CompetencyScore efficiency = score(report, EFFICIENCY);
        assertThat(efficiency.othersAverage()).isEqualByComparingTo("2.00");
        assertThat(efficiency.self()).isEqualTo(5);
        assertThat(efficiency.selfMinusOthers()).isEqualByComparingTo("3.00");
        // 89 / 24 = 3.708 → 3.71.
        assertThat(report.overallAverage()).isEqualByComparingTo("3.71");
        assertThat(report.weakest()).extracting(Report360.CompetencyScore::competency)
                .containsExactly(EFFICIENCY, SELF_DEVELOPMENT, EFFECTIVE_COMMUNICATION);
        assertThat(runtimeService.getVariable(pi.getId(), "trainingTopics")).asString()
                .startsWith("Тиімділік / Эффективность; Өзін-өзі дамыту / Саморазвитие");
        assertThat(report.summary().competencies()).isEmpty();

        Task feedback = BpmnAwareTests.task(pi);
        taskService.complete(feedback.getId(), Map.of("feedbackGiven", true, "meetingNotes", "2027-01-12, HR"));
        assertThat(pi).isEnded().hasPassed("EndEvent_ReportDelivered");
    }

    private Date kzDue() {
        return Date.from(LocalDate.of(2027, 1, 10).atTime(23, 59, 59, 999_000_000).atZone(ZoneId.of("Asia/Almaty"))
                .toInstant());
    }

    @Test
    void resultsAreWithheldWhenFewerThanThreeAnsweredByTheDeadline() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);
        ProcessInstance pi = instance(surveys.start(f.code, f.spec1, YEAR));
        submitInTasklist(pi, "Task_Respond", f.unitHead, ratings(4));
        submitInTasklist(pi, "Task_Respond", f.spec2, ratings(2));
        submitInTasklist(pi, "Task_SelfAssessment", f.spec1, ratings(5));

        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 1, 11, 9, 0).atZone(ZoneId.of("Asia/Almaty"))
                .toInstant()));
        execute(job("BoundaryEvent_QuestionnaireDue", pi));

        assertThat(pi).isEnded().hasPassed("EndEvent_ResultsWithheld");
        Report360 report = surveys.report(f.code, f.spec1, YEAR).orElseThrow();
        assertThat(report.withheld()).isTrue();
        assertThat(report.withheldReason()).contains("Only 2 respondent(s) answered", "at least 3");
        assertThat(report.competencies()).isEmpty();
        assertThat(report.overallAverage()).isNull();
    }

    @Test
    void tooFewRespondentsGoToHrWhoNamesThemAndTheChoiceIsAudited() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);
        ProcessInstance pi = instance(surveys.start(f.code, f.hr, YEAR));

        assertThat(pi).isWaitingAt("Task_DecideTooFew").task().hasCandidateGroup("hr-" + f.code);
        assertThat((String) runtimeService.getVariable(pi.getId(), "selectionProblem")).contains("Only 1");
        Task decide = BpmnAwareTests.task(pi);
        assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("decision", "PROCEED",
                "respondentLogins", f.head, "decisionReason", "small HR service")))
                .hasMessageContaining("3 to 7");
        taskService.complete(decide.getId(), Map.of("decision", "PROCEED", "respondentLogins",
                f.head + ", " + f.unitHead + ", " + f.spec1, "decisionReason", "works with all units daily"));

        assertThat(pi).isWaitingAt("Task_Respond", "Task_SelfAssessment");
        assertThat(task(pi, "Task_Respond", f.spec1)).isNotNull();
        assertThat(surveys.audit(f.code + "/360/" + f.hr + "/2026")).extracting(Surveys360.AuditEntry::action)
                .containsExactly("SELECTED", "CHOSEN_BY_HR");
    }

    @Test
    void hrMayDecideTheSurveyIsNotHeldInTheSystem() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);
        ProcessInstance pi = instance(surveys.start(f.code, f.hr, YEAR));
        taskService.complete(BpmnAwareTests.task(pi).getId(), Map.of("decision", "NOT_HELD",
                "decisionReason", "held on paper (003 §33)"));
        assertThat(pi).isEnded().hasPassed("EndEvent_NotHeld");
        assertThat(surveys.report(f.code, f.hr, YEAR).orElseThrow().withheldReason()).contains("held on paper");
    }

    @Test
    void hrAdjustsTheRespondentsBeforeTheFirstAnswerOnly() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);
        String key = surveys.start(f.code, f.spec1, YEAR).businessKey();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();

        surveys.adjust(key, List.of(f.unitHead, f.spec2, f.hr), "spec3 is on long leave", "x.hr");

        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Respond")
                .list()).extracting(Task::getAssignee).containsExactlyInAnyOrder(f.unitHead, f.spec2, f.hr);
        submitInTasklist(pi, "Task_Respond", f.hr, ratings(4));
        assertThatThrownBy(() -> surveys.adjust(key, List.of(f.unitHead, f.spec2, f.code + ".spec3"), "back", "x.hr"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("before the first answer");
        assertThat(surveys.audit(key)).extracting(Surveys360.AuditEntry::action).containsExactly("SELECTED", "ADJUSTED");
    }

    @Test
    void onlyEditionKz2023RunsThe360Survey() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2025);
        assertThatThrownBy(() -> surveys.start(f.code, f.spec1, YEAR)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("runs KZ-2025").hasMessageContaining("KZ-2023 (003 §33) only");
        OrgFixture g = SurveyFixtures.org(model, Edition.KZ_2023);
        assertThatThrownBy(() -> surveys.start(g.code, g.chair, YEAR)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("political post");
        surveys.start(g.code, g.spec1, YEAR);
        assertThatThrownBy(() -> surveys.start(g.code, g.spec1, YEAR)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("started already");
    }

    @Test
    void aQuestionnaireWithAMissingOrOutOfScaleRatingIsRefusedAndStaysOpen() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);
        ProcessInstance pi = instance(surveys.start(f.code, f.spec1, YEAR));
        Map<Competency, Integer> incomplete = ratings(4);
        incomplete.remove(ETHICS);
        assertThatThrownBy(() -> submitInTasklist(pi, "Task_Respond", f.unitHead, incomplete))
                .hasMessageContaining("missing: [ETHICS]");
        assertThatThrownBy(() -> submitInTasklist(pi, "Task_Respond", f.unitHead, ratings(4, ETHICS, 6)))
                .hasMessageContaining("ETHICS must be a whole number from 1 to 5").hasMessageNotContaining("6");
        assertThat(task(pi, "Task_Respond", f.unitHead)).isNotNull();
        assertThat(surveys.progress(f.code, f.spec1, YEAR).orElseThrow().answered()).isZero();
    }

    private static Report360.CompetencyScore score(Report360 report, Competency c) {
        return report.competencies().stream().filter(s -> s.competency() == c).findFirst().orElseThrow();
    }
}
