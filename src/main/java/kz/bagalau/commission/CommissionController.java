package kz.bagalau.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import kz.bagalau.org.OrganisationModel;
import kz.bagalau.security.AccessPolicy;
import kz.bagalau.security.CurrentUser;
import kz.bagalau.security.Groups;
import kz.bagalau.web.NotFoundApiException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api} of the evaluation commission: HR records the authorized person's orders forming or amending the
 * commission (000 §5, §31) and proposes meetings (000 §29); a meeting's protocol is shown to HR of the
 * organisation, the authorized person and the commission — to anyone else it does not exist (404).
 */
@RestController
@RequestMapping("/api")
@Transactional
class CommissionController {

    private final CommissionCompositions compositions;
    private final CommissionMeetings meetings;
    private final OrganisationModel model;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final CommissionVoting voting;

    CommissionController(CommissionCompositions compositions, CommissionMeetings meetings, OrganisationModel model,
                         CurrentUser currentUser, AccessPolicy policy, CommissionVoting voting) {
        this.voting = voting;
        this.policy = policy;
        this.compositions = compositions;
        this.meetings = meetings;
        this.model = model;
        this.currentUser = currentUser;
    }

    record MemberView(String login, String role) {}

    record OrderView(long id, String organisation, String orderNo, LocalDate orderDate, Long amendsOrderId,
                     String recordedBy, Instant recordedAt, List<MemberView> members) {
        static OrderView of(CommissionOrder o) {
            return new OrderView(o.getId(), o.getOrganisationCode(), o.getOrderNo(), o.getOrderDate(),
                    o.getAmendsOrderId(), o.getRecordedBy(), o.getRecordedAt(), o.getMembers().stream()
                    .map(m -> new MemberView(m.getServantLogin(), m.getRole().name())).toList());
        }
    }

    record MeetingRequest(@NotBlank String organisation, @NotNull Integer year, @NotNull LocalDate date) {}

    record DecisionView(String servant, String sheetGrade, String status, Integer approveVotes, Integer reviseVotes,
                        boolean chairDecided, String correctedGrade, String recommendations, boolean finalResult,
                        LocalDate appealFiledOn, String appealOutcome) {}

    record VoteView(long meetingId, String servant, String member, String vote, String revisedGrade,
                    String recommendation, int round, Instant castAt) {}

    record SignatureView(String login, String role, Instant signedAt) {}

    record MeetingView(long id, String businessKey, String organisation, int year, String edition, LocalDate date,
                       String status, int reschedules, int voteRound, String returnReason, Integer members, Integer present, String conclusion,
                       String approvedBy, Instant approvedAt, List<DecisionView> protocol,
                       List<SignatureView> signatures) {}

    @PostMapping("/organisations/{organisation}/commission-orders")
    @ResponseStatus(HttpStatus.CREATED)
    OrderView recordOrder(@PathVariable String organisation,
                          @RequestBody CommissionCompositions.OrderRequest request) {
        policy.requireHrOrAdmin(organisation);
        return OrderView.of(compositions.record(organisation, request, currentUser.idOrSystem()));
    }

    @GetMapping("/organisations/{organisation}/commission-orders")
    List<OrderView> orders(@PathVariable String organisation) {
        policy.requireHrOrAdmin(organisation);
        return compositions.orders(organisation).stream().map(OrderView::of).toList();
    }

    @PostMapping("/commission-meetings")
    @ResponseStatus(HttpStatus.CREATED)
    CommissionMeetings.Started schedule(@Valid @RequestBody MeetingRequest request) {
        policy.requireHrOrAdmin(request.organisation());
        return meetings.schedule(request.organisation(), request.year(), request.date(), currentUser.idOrSystem());
    }

    /**
     * The caller's own open vote on one servant on the agenda (000 §32, §37-38): {@code {"vote": "APPROVE" |
     * "REVISE", "revisedGrade", "recommendation"}}. Completes the caller's vote task; refused with the reason (400)
     * for the secretary (000 §34), anyone who is not a member present, a second vote, bad input.
     */
    @PostMapping("/commission-meetings/{id}/agenda/{servant}/votes")
    @ResponseStatus(HttpStatus.CREATED)
    VoteView vote(@PathVariable long id, @PathVariable String servant, @RequestBody CommissionVoting.Ballot ballot) {
        CommissionVote v = voting.cast(id, servant, currentUser.id(), ballot);
        return new VoteView(id, v.getServantLogin(), v.getMemberLogin(), v.getVote().name(), v.getRevisedGrade(),
                v.getRecommendation(), v.getVoteRound(), v.getCastAt());
    }

    @GetMapping("/commission-meetings/{id}")
    MeetingView meeting(@PathVariable long id) {
        CommissionMeeting m = meetings.meeting(id);
        CommissionOrder order = compositions.order(m.getOrderId());
        var organisation = model.organisation(m.getOrganisationCode());
        String me = currentUser.id();
        boolean may = currentUser.isAdmin() || currentUser.inGroup(Groups.hr(m.getOrganisationCode()))
                || order.roleOf(me).isPresent() || (organisation.getAuthorizedPerson() != null
                && organisation.getAuthorizedPerson().getLogin().equals(me));
        if (!may) {
            throw new NotFoundApiException("No commission meeting " + id + " that you may see");
        }
        return new MeetingView(m.getId(), m.getBusinessKey(), m.getOrganisationCode(), m.getYear(), m.getEdition(),
                m.getMeetingDate(), m.getStatus().name(), m.getReschedules(), m.getVoteRound(), m.getReturnReason(), m.getMembersCount(), m.getPresentCount(),
                m.getConclusion(), m.getApprovedBy(), m.getApprovedAt(), meetings.decisions(id).stream()
                .map(d -> new DecisionView(d.getServantLogin(), d.getSheetGrade(), d.getStatus().name(),
                        d.getApproveVotes(), d.getReviseVotes(), d.isChairDecided(), d.getCorrectedGrade(),
                        d.getRecommendations(), d.isFinalResult(), d.getAppealFiledOn(),
                        d.getAppealOutcome() == null ? null : d.getAppealOutcome().name())).toList(),
                meetings.signatures(id).stream().map(s -> new SignatureView(s.getServantLogin(),
                        s.getMemberRole().name(), s.getSignedAt())).toList());
    }

}
