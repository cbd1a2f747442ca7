package kz.bagalau.calibration;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One member's vote at a calibration session (004 §23); at most one per member (unique key). */
@Entity
@Table(name = "calibration_vote")
public class CalibrationVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "member_login", nullable = false)
    private String memberLogin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteChoice choice;

    @Column(name = "proposed_score", nullable = false)
    private BigDecimal proposedScore;

    private String argument;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected CalibrationVote() {
    }

    CalibrationVote(Long sessionId, String memberLogin, VoteChoice choice, BigDecimal proposedScore, String argument,
                    Instant castAt) {
        this.sessionId = sessionId;
        this.memberLogin = memberLogin;
        this.choice = choice;
        this.proposedScore = proposedScore;
        this.argument = argument;
        this.castAt = castAt;
    }

    public String getMemberLogin() { return memberLogin; }
    public VoteChoice getChoice() { return choice; }
    public BigDecimal getProposedScore() { return proposedScore; }
    public String getArgument() { return argument; }
    public Instant getCastAt() { return castAt; }
}
