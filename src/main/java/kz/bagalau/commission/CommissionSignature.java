package kz.bagalau.commission;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A signature under the protocol: the secretary, the chair and the members present (002 appendix 11). */
@Entity
public class CommissionSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private String servantLogin;
    @Enumerated(EnumType.STRING)
    private CommissionRole memberRole;
    private Instant signedAt;
    private int voteRound;

    protected CommissionSignature() {
    }

    CommissionSignature(Long meetingId, String servantLogin, CommissionRole memberRole, Instant signedAt, int voteRound) {
        this.voteRound = voteRound;
        this.meetingId = meetingId;
        this.servantLogin = servantLogin;
        this.memberRole = memberRole;
        this.signedAt = signedAt;
    }

    public String getServantLogin() { return servantLogin; }
    public CommissionRole getMemberRole() { return memberRole; }
    public Instant getSignedAt() { return signedAt; }
    public int getVoteRound() { return voteRound; }
}
