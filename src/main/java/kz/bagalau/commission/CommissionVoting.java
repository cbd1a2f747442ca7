package kz.bagalau.commission;

import java.util.HashMap;
import java.util.Map;

import kz.bagalau.security.Privileged;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * A member casts their own open vote (000 §32, §37-38) through {@code /api}: the vote is checked first — the
 * secretary (000 §34), a non-member, an absent member, a second vote, an unknown vote, REVISE without a result
 * are refused with the reason (400) and nothing is written — and then the member's own {@code Task_Vote} is
 * completed, so the process and its listener (which checks the same rules again) count it exactly as a vote cast in
 * Tasklist.
 */
@Service
class CommissionVoting {

    private final CommissionMeetings meetings;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    CommissionVoting(CommissionMeetings meetings, TaskService taskService, RuntimeService runtimeService,
                     IdentityService identityService) {
        this.meetings = meetings;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    record Ballot(String vote, String revisedGrade, String recommendation) {}

    CommissionVote cast(long meetingId, String servantLogin, String member, Ballot ballot) {
        CommissionMeeting meeting = meetings.meeting(meetingId);
        meetings.checkVote(meetingId, servantLogin, member, ballot.vote(), ballot.revisedGrade());
        // Checked as the member: the task is theirs. Completed without their engine authentication, so that the
        // listener sees the assignee as the actor and the engine's task authorization does not answer 403.
        Task task = Privileged.call(identityService, () -> taskService.createTaskQuery()
                .processInstanceId(meeting.getProcessInstanceId()).taskDefinitionKey("Task_Vote")
                .taskAssignee(member).list().stream()
                .filter(t -> servantLogin.equals(runtimeService.getVariable(t.getExecutionId(), "evaluated")))
                .findFirst()).orElseThrow(() -> new BadRequestException("No vote of '" + member + "' on "
                + servantLogin + " is open: the members present vote at the meeting, after the attendance (000 §32)"));
        Map<String, Object> variables = new HashMap<>();
        variables.put("vote", ballot.vote());
        variables.put("revisedGrade", ballot.revisedGrade());
        variables.put("recommendation", ballot.recommendation());
        // A refusal by the listener reaches the caller as 400 through the API's error handler.
        Privileged.run(identityService, () -> taskService.complete(task.getId(), variables));
        return meetings.votes(meetingId, servantLogin).stream()
                .filter(v -> v.getMemberLogin().equals(member) && v.getVoteRound() == meetings.meeting(meetingId)
                        .getVoteRound()).findFirst()
                .orElseThrow(() -> new NotFoundApiException("The vote was not recorded"));
    }
}
