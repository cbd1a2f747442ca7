package kz.bagalau.commission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import kz.bagalau.plan.KpiSheets;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.InvalidTaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners and delegates of {@code commission-meeting}: each maps the submitted variables to a
 * {@link CommissionMeetings} call. Bad input becomes {@link InvalidTaskInput} (400 through the engine REST API;
 * the task stays open). Tasks that run in parallel (votes, signatures, acquaintance, appeal) keep their input in
 * variables local to the activity (input parameters) and write no process variable, so concurrent completions do not collide.
 */
@Configuration(proxyBeanMethods = false)
class CommissionTaskListeners {

    /** The chair's answer to the proposed date (000 §29). */
    enum DateDecision { AGREE, REJECT }

    /** The authorized person's answer to the signed protocol (000 §39). */
    enum ResultsDecision { APPROVE, RETURN }

    /**
     * Create listener of the per-servant tasks: shows the servant's sheet. (Their inputs are declared as input
     * parameters in the BPMN, so a completion writes them on the task's own execution.)
     */
    @Bean
    TaskListener commissionTaskOpened(CommissionMeetings meetings, KpiSheets kpiSheets) {
        return task -> {
            String evaluated = (String) task.getVariable("evaluated");
            if (evaluated != null) {
                CommissionDecision d = meetings.decisions(meetingId(task)).stream()
                        .filter(x -> x.getServantLogin().equals(evaluated)).findFirst().orElseThrow();
                task.setVariableLocal("sheetTable", KpiSheets.table(kpiSheets.sheet(d.getKpiSheetId())));
                task.setVariableLocal("sheetGrade", d.getSheetGrade());
            }
        };
    }

    /** {@code Task_AgreeDate}: the chair agrees the date, or rejects it with a reason. */
    @Bean
    TaskListener commissionDateDecided(CommissionMeetings meetings) {
        return task -> InvalidTaskInput.guard(() -> {
            String actor = requireAssignee(task, "agree the meeting date");
            switch (decision(task)) {
                case AGREE -> {
                    meetings.agree(meetingId(task), actor);
                    set(task, "dateAgreed", true);
                }
                case REJECT -> {
                    String reason = (String) task.getVariable("returnReason");
                    if (reason == null || reason.isBlank()) {
                        throw new BadRequestException("Write why the date does not suit / Себебін жазыңыз / "
                                + "Укажите причину");
                    }
                    set(task, "dateAgreed", false);
                    set(task, "lastReturnReason", reason.trim());
                    set(task, "returnedAt", ClockUtil.getCurrentTime());
                }
            }
        });
    }

    /** {@code Task_ProposeDate}: HR proposes a new date with the notice period of the edition. */
    @Bean
    TaskListener commissionDateProposed(CommissionMeetings meetings) {
        return task -> InvalidTaskInput.guard(() -> {
            LocalDate date = date(task.getVariable("newDate"), "newDate");
            meetings.propose(meetingId(task), date, actor(task));
            set(task, "meetingDate", date.toString());
            set(task, "proposedAt", ClockUtil.getCurrentTime());
            task.getExecution().getProcessInstance().removeVariable("newDate");
        });
    }

    /** {@code Task_RecordAttendance}: who is present; quorum by DMN commission-quorum (000 §30). */
    @Bean
    TaskListener commissionAttendanceRecorded(CommissionMeetings meetings,
                                              kz.bagalau.calendar.WorkingDays workingDays) {
        return task -> InvalidTaskInput.guard(() -> {
            String zone = (String) task.getVariable("timeZone");
            Object day = task.getVariable("meetingDate");
            requireAssignee(task, "record the attendance");
            CommissionMeetings.Attendance a = meetings.recordAttendance(meetingId(task), logins(task.getVariable(
                    "present")), actor(task));
            set(task, "quorate", a.quorate());
            set(task, "voters", a.voters());
            set(task, "attendanceLabel", a.present() + " / " + a.members());
            set(task, "voteDue", workingDays.endOfDay(day, zone));
            set(task, "protocolDue", workingDays.after(day, 1, zone));
            if (!a.quorate()) {
                set(task, "returnedAt", ClockUtil.getCurrentTime());
                set(task, "lastReturnReason", "Кворум жоқ / Нет кворума: " + a.present() + " / " + a.members());
            }
        });
    }

    /** {@code Task_Vote}: one member's open vote on one servant (000 §32, §37-38). */
    @Bean
    TaskListener commissionVoteCast(CommissionMeetings meetings) {
        return task -> InvalidTaskInput.guard(() -> {
            String actor = actor(task);
            meetings.vote(meetingId(task), (String) task.getVariable("evaluated"), actor,
                    (String) task.getVariable("vote"), (String) task.getVariable("revisedGrade"),
                    (String) task.getVariable("recommendation"));
            requireAssignee(task, "cast this vote");
        });
    }

    /** {@code Task_CountVotes}: majority, the chair's vote on a tie (DMN commission-decision, 000 §33). */
    @Bean
    JavaDelegate countCommissionVotes(CommissionMeetings meetings) {
        return execution -> meetings.tally(meetingId(execution), (String) execution.getVariable("evaluated"));
    }

    /** {@code Task_SendNotice}: the notice by e-mail, with the record of what was sent (000 §29). */
    @Bean
    JavaDelegate sendCommissionNotice(CommissionMeetings meetings) {
        return execution -> execution.setVariable("noticeEvaluators",
                meetings.sendNotice(meetingId(execution), execution.getProcessInstanceId()));
    }

    /** {@code Task_ReadNotice} opens: the place and the agenda items of this evaluator's servants (000 §29). */
    @Bean
    TaskListener commissionNoticeOpened(CommissionMeetings meetings, kz.bagalau.org.OrganisationModel model) {
        return task -> {
            var organisation = model.organisation((String) task.getVariable("organisation"));
            task.setVariableLocal("noticePlace", organisation.getNameKk() + " / " + organisation.getNameRu());
            task.setVariableLocal("noticeAgenda", meetings.noticeAgenda(meetingId(task), task.getAssignee()));
        };
    }

    /** {@code Task_ReadNotice}: only the evaluator it was sent to confirms having read it. */
    @Bean
    TaskListener commissionNoticeRead() {
        return task -> InvalidTaskInput.guard(() -> requireAssignee(task, "confirm this notice"));
    }

    /** {@code Task_DraftProtocol}: the secretary writes the conclusion and signs (002 appendix 11). */
    @Bean
    TaskListener commissionProtocolDrafted(CommissionMeetings meetings) {
        return task -> InvalidTaskInput.guard(() -> {
            String actor = requireAssignee(task, "draw up the protocol");
            long id = meetingId(task);
            meetings.protocol(id, (String) task.getVariable("conclusion"), actor);
            set(task, "protocolAt", ClockUtil.getCurrentTime());
            set(task, "agendaTable", meetings.agendaTable(id));
            set(task, "signers", List.copyOf(meetings.meeting(id).getPresent()));
        });
    }

    /** {@code Task_SignProtocol}: a member present signs the protocol. */
    @Bean
    TaskListener commissionProtocolSigned(CommissionMeetings meetings) {
        return task -> InvalidTaskInput.guard(() -> meetings.sign(meetingId(task),
                requireAssignee(task, "sign this protocol")));
    }

    /** {@code Task_ApproveResults}: the authorized person approves; the results become final (000 §39). */
    @Bean
    TaskListener commissionResultsApproved(CommissionMeetings meetings, kz.bagalau.calendar.WorkingDays workingDays) {
        return task -> InvalidTaskInput.guard(() -> {
            long id = meetingId(task);
            String zone = (String) task.getVariable("timeZone");
            String actor = requireAssignee(task, "approve the results");
            Object value = task.getVariable("decision");
            ResultsDecision decision;
            try {
                decision = ResultsDecision.valueOf(String.valueOf(value).trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidTaskInput("Unknown decision '" + value + "': expected " + Arrays.toString(
                        ResultsDecision.values()) + " / Белгісіз шешім / Неизвестное решение");
            }
            if (decision == ResultsDecision.RETURN) {
                meetings.returnToCommission(id, actor, (String) task.getVariable("returnReason"));
                set(task, "resultsApproved", false);
                set(task, "lastReturnReason", ((String) task.getVariable("returnReason")).trim());
                set(task, "returnedAt", ClockUtil.getCurrentTime());
                // our reading: the commission votes again within 3 working days, the protocol 1 working day later
                set(task, "voteDue", workingDays.after(ClockUtil.getCurrentTime(), 3, zone));
                set(task, "protocolDue", workingDays.after(ClockUtil.getCurrentTime(), 4, zone));
                return;
            }
            set(task, "resultsApproved", true);
            meetings.approve(id, actor);
            CommissionMeeting meeting = meetings.meeting(id);
            set(task, "approvedAt", Date.from(meeting.getApprovedAt()));
            set(task, "appealDeadline", workingDays.endOfDay(meetings.appealDeadline(meeting), zone));
            set(task, "acquaintanceWorkingDays", meetings.acquaintanceWorkingDays(meeting));
        });
    }

    /** {@code Task_AcquaintServant}: signed, refused with the act, or an external channel (000 §40-41, 001, 002 §68). */
    @Bean
    TaskListener commissionServantAcquainted(CommissionMeetings meetings) {
        return task -> InvalidTaskInput.guard(() -> {
            Object delivered = task.getVariable("deliveredOn");
            meetings.acquaint(meetingId(task), (String) task.getVariable("evaluated"),
                    new CommissionMeetings.AcquaintanceRecord((String) task.getVariable("outcome"),
                            (String) task.getVariable("proof"), (String) task.getVariable("actSigner1"),
                            (String) task.getVariable("actSigner2"), (String) task.getVariable("channel"),
                            delivered == null || delivered.toString().isBlank() ? null : date(delivered, "deliveredOn")),
                    actor(task), task.getProcessInstanceId());
        });
    }

    /** {@code Task_RecordAppeal}: the appeal filed within 10 working days (000 §42, 002 §69). */
    @Bean
    TaskListener commissionAppealFiled(CommissionMeetings meetings) {
        return task -> InvalidTaskInput.guard(() -> meetings.appealFiled(meetingId(task),
                (String) task.getVariable("evaluated"), date(task.getVariable("appealFiledOn"), "appealFiledOn"),
                actor(task)));
    }

    /** {@code Task_RecordAppealOutcome}: the body's recommendation (000 §42). */
    @Bean
    TaskListener commissionAppealDecided(CommissionMeetings meetings) {
        return task -> InvalidTaskInput.guard(() -> meetings.appealOutcome(meetingId(task),
                (String) task.getVariable("evaluated"), (String) task.getVariable("appealOutcome"), actor(task)));
    }

    private static long meetingId(VariableScope scope) {
        return ((Number) scope.getVariable("meetingId")).longValue();
    }

    private static DateDecision decision(DelegateTask task) {
        Object value = task.getVariable("decision");
        try {
            return DateDecision.valueOf(String.valueOf(value).trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidTaskInput("Unknown decision '" + value + "': expected " + Arrays.toString(
                    DateDecision.values()) + " / Белгісіз шешім / Неизвестное решение");
        }
    }

    /** The logged-in user completing the task; the assignee when the engine is driven without a user. */
    private static String actor(DelegateTask task) {
        Authentication a = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return a == null || a.getUserId() == null ? task.getAssignee() == null ? "system" : task.getAssignee()
                : a.getUserId();
    }

    private static String requireAssignee(DelegateTask task, String what) {
        String actor = actor(task);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor)) {
            throw new InvalidTaskInput("Only " + task.getAssignee() + " may " + what);
        }
        return actor;
    }

    private static void set(DelegateTask task, String name, Object value) {
        task.getExecution().getProcessInstance().setVariable(name, value);
    }

    private static LocalDate date(Object value, String field) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneId.of("Asia/Almaty")).toLocalDate();
        }
        if (value == null || value.toString().isBlank()) {
            throw new BadRequestException("Enter the date (" + field + ") / Күнін енгізіңіз / Укажите дату");
        }
        try {
            String text = value.toString().trim();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("'" + value + "' is not a date (YYYY-MM-DD) in " + field);
        }
    }

    /** Present members as a list or as text separated by commas, semicolons or white space. */
    private static Collection<String> logins(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (value == null || value.toString().isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.toString().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
