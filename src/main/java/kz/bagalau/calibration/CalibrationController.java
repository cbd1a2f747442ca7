package kz.bagalau.calibration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.security.CurrentUser;
import kz.bagalau.security.Groups;
import kz.bagalau.security.Privileged;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api} of the calibration session. A servant applies for their own quarter (the same step as the
 * quarterly evaluation's task {@code Task_CalibrationWindow}; refused with the reason after the 5 working days).
 * The session's result and protocol are shown only to the applicant, who evaluated them, the organisation's HR
 * and the session's members (003 §20); to anyone else they do not exist (404).
 */
@RestController
@RequestMapping("/api")
class CalibrationController {

    static final String WINDOW_TASK = "Task_CalibrationWindow";

    private final CalibrationSessions sessions;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final CurrentUser currentUser;

    CalibrationController(CalibrationSessions sessions, TaskService taskService, HistoryService historyService,
                          IdentityService identityService, CurrentUser currentUser) {
        this.sessions = sessions;
        this.taskService = taskService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.currentUser = currentUser;
    }

    record ApplicationRequest(@NotBlank String organisation, @NotNull Integer year, @NotNull Integer quarter,
                              String reason) {}

    record Applied(String calibrationBusinessKey) {}

    record VoteView(String member, String choice, BigDecimal proposedScore, String argument, Instant castAt) {}

    record FeedbackView(LocalDate metOn, String achievements, String development, String potential) {}

    record SessionView(String businessKey, String organisation, String servant, int year, int quarter,
                       String evaluator, Instant appliedAt, String status, List<String> members, LocalDate heldOn,
                       String place, BigDecimal previousScore, String previousGrade, String outcome,
                       BigDecimal finalScore, String finalGrade, String finalGradeKk, String finalGradeRu,
                       String tallyNote, List<VoteView> votes, LocalDate protocolSignedOn, Instant protocolPostedAt,
                       FeedbackView feedback) {}

    /** The servant applies for a calibration session on their own quarterly result (003 §12, 004 §11). */
    @PostMapping("/calibration-applications")
    @ResponseStatus(HttpStatus.CREATED)
    Applied apply(@Valid @RequestBody ApplicationRequest request) {
        String servant = currentUser.id();
        String quarterlyKey = new QuarterRef(request.organisation(), servant, request.year(), request.quarter())
                .businessKey();
        Task window = Privileged.call(identityService, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(quarterlyKey).taskDefinitionKey(WINDOW_TASK).singleResult());
        if (window == null) {
            HistoricTaskInstance closed = Privileged.call(identityService, () -> historyService
                    .createHistoricTaskInstanceQuery().processInstanceBusinessKey(quarterlyKey)
                    .taskDefinitionKey(WINDOW_TASK).singleResult());
            throw new BadRequestException(closed == null || closed.getDueDate() == null
                    ? "No result of " + request.year() + "-Q" + request.quarter() + " awaits your answer"
                    : CalibrationApplications.windowClosed(closed.getDueDate()));
        }
        if (window.getDueDate() != null && ClockUtil.getCurrentTime().after(window.getDueDate())) {
            throw new BadRequestException(CalibrationApplications.windowClosed(window.getDueDate()));
        }
        // A refusal by the listener (ENGINE-03051) reaches the caller as 400 through the API's error handler.
        taskService.complete(window.getId(), Map.of("applyForCalibration", true,
                "calibrationReason", request.reason() == null ? "" : request.reason()));
        return new Applied(CalibrationSessions.businessKey(request.organisation(), servant, request.year(),
                request.quarter()));
    }

    @GetMapping("/calibration-sessions/{organisation}/{servant}/{year}/{quarter}")
    SessionView session(@PathVariable String organisation, @PathVariable String servant, @PathVariable int year,
                        @PathVariable int quarter) {
        String key = CalibrationSessions.businessKey(organisation, servant, year, quarter);
        CalibrationSession s = sessions.find(key).filter(this::mayRead)
                .orElseThrow(() -> new NotFoundApiException("No calibration session " + key + " that you may see"));
        boolean decided = s.getOutcome() != null;
        List<VoteView> votes = decided ? sessions.votes(s.getId()).stream().map(v -> new VoteView(v.getMemberLogin(),
                v.getChoice().name(), v.getProposedScore(), v.getArgument(), v.getCastAt())).toList() : List.of();
        boolean personal = !s.getMembers().contains(currentUser.id()) || s.excluded().contains(currentUser.id());
        FeedbackView feedback = personal && s.getFeedbackRecordedAt() != null
                ? new FeedbackView(s.getFeedbackMetOn(), s.getFeedbackAchievements(), s.getFeedbackDevelopment(),
                        s.getFeedbackPotential())
                : null;
        return new SessionView(s.getBusinessKey(), s.getOrganisationCode(), s.getServantLogin(), s.getYear(),
                s.getQuarter(), s.getEvaluatorLogin(), s.getAppliedAt(), s.getStatus().name(), s.getMembers(),
                s.getHeldOn(), s.getPlace(), s.getPreviousScore(), s.getPreviousGrade().name(),
                decided ? s.getOutcome().name() : null, s.getFinalScore(),
                decided ? s.getFinalGrade().name() : null, decided ? s.getFinalGrade().kazakh() : null,
                decided ? s.getFinalGrade().russian() : null, s.getTallyNote(), votes, s.getProtocolSignedOn(),
                s.getProtocolPostedAt(), feedback);
    }

    /** 003 §20: the applicant, who evaluated them, the organisation's HR, the session's members. */
    private boolean mayRead(CalibrationSession s) {
        String user = currentUser.id();
        return user != null && (user.equals(s.getServantLogin()) || s.excluded().contains(user)
                || s.getMembers().contains(user) || currentUser.inGroup(Groups.hr(s.getOrganisationCode())));
    }
}
