package kz.bagalau.commission;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One member's open vote on one servant (000 §32, §37-38): APPROVE the results or REVISE them with the revised
 * result. The table's unique key (meeting, servant, member) counts every member exactly once.
 */
@Entity
public class CommissionVote {

    public enum Choice { APPROVE, REVISE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private String servantLogin;
    private String memberLogin;
    @Enumerated(EnumType.STRING)
    private Choice vote;
    private String revisedGrade;
    private String recommendation;
    private Instant castAt;
    private int voteRound;

    protected CommissionVote() {
    }

    CommissionVote(Long meetingId, String servantLogin, String memberLogin, Choice vote, String revisedGrade,
                   String recommendation, Instant castAt, int voteRound) {
        this.voteRound = voteRound;
        this.meetingId = meetingId;
        this.servantLogin = servantLogin;
        this.memberLogin = memberLogin;
        this.vote = vote;
        this.revisedGrade = revisedGrade;
        this.recommendation = recommendation;
        this.castAt = castAt;
    }

    public Long getMeetingId() { return meetingId; }
    public String getServantLogin() { return servantLogin; }
    public String getMemberLogin() { return memberLogin; }
    public Choice getVote() { return vote; }
    public String getRevisedGrade() { return revisedGrade; }
    public String getRecommendation() { return recommendation; }
    public Instant getCastAt() { return castAt; }
    public int getVoteRound() { return voteRound; }
}
