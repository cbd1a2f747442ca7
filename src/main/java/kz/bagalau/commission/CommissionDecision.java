package kz.bagalau.commission;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import kz.bagalau.scorecard.Grade;

/**
 * One line of the commission's protocol (002 appendix 11): the servant, the result of the sheets, the
 * commission's correction if it revised it (000 §37-38), its recommendations, the vote count; final only once
 * the authorized person approved the results (000 §39); the appeal and its outcome (000 §42).
 */
@Entity
public class CommissionDecision {

    public enum Status { PENDING, APPROVED, REVISED, CANCELLED }

    /** What the authorized civil-service body recommended on an appeal (000 §42, 002 §69). */
    public enum AppealOutcome { CANCEL_AND_REVIEW, UNCHANGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private String organisationCode;
    @Column(name = "sheet_year")
    private int year;
    private String servantLogin;
    private Long kpiSheetId;
    private String sheetGrade;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Integer approveVotes;
    private Integer reviseVotes;
    private boolean chairDecided;
    private String correctedGrade;
    private String recommendations;
    private Instant decidedAt;
    private boolean finalResult;
    private LocalDate appealFiledOn;
    @Enumerated(EnumType.STRING)
    private AppealOutcome appealOutcome;
    private String appealRecordedBy;

    protected CommissionDecision() {
    }

    CommissionDecision(Long meetingId, String organisationCode, int year, String servantLogin, Long kpiSheetId,
                       String sheetGrade) {
        this.meetingId = meetingId;
        this.organisationCode = organisationCode;
        this.year = year;
        this.servantLogin = servantLogin;
        this.kpiSheetId = kpiSheetId;
        this.sheetGrade = sheetGrade;
        this.status = Status.PENDING;
    }

    void decide(boolean revise, int approve, int reviseCount, boolean chairDecided, String correctedGrade,
                String recommendations, Instant at) {
        this.status = revise ? Status.REVISED : Status.APPROVED;
        this.approveVotes = approve;
        this.reviseVotes = reviseCount;
        this.chairDecided = chairDecided;
        this.correctedGrade = revise ? correctedGrade : null;
        this.recommendations = recommendations;
        this.decidedAt = at;
    }

    /** Back on the commission's table after the authorized person returned the results (000 §39). */
    void reopen() {
        this.status = Status.PENDING;
        this.approveVotes = null;
        this.reviseVotes = null;
        this.chairDecided = false;
        this.correctedGrade = null;
        this.recommendations = null;
        this.decidedAt = null;
    }

    void makeFinal() {
        this.finalResult = true;
    }

    void appealFiled(LocalDate filedOn, String by) {
        this.appealFiledOn = filedOn;
        this.appealRecordedBy = by;
    }

    void appealOutcome(AppealOutcome outcome, String by) {
        this.appealOutcome = outcome;
        this.appealRecordedBy = by;
        if (outcome == AppealOutcome.CANCEL_AND_REVIEW) {
            this.status = Status.CANCELLED;
            this.finalResult = false;
        }
    }

    /** The result that stands: the commission's correction, or the sheets' grade it approved. */
    public Grade result() {
        return Grade.valueOf(correctedGrade != null ? correctedGrade : sheetGrade);
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public String getOrganisationCode() { return organisationCode; }
    public int getYear() { return year; }
    public String getServantLogin() { return servantLogin; }
    public Long getKpiSheetId() { return kpiSheetId; }
    public String getSheetGrade() { return sheetGrade; }
    public Status getStatus() { return status; }
    public Integer getApproveVotes() { return approveVotes; }
    public Integer getReviseVotes() { return reviseVotes; }
    public boolean isChairDecided() { return chairDecided; }
    public String getCorrectedGrade() { return correctedGrade; }
    public String getRecommendations() { return recommendations; }
    public Instant getDecidedAt() { return decidedAt; }
    public boolean isFinalResult() { return finalResult; }
    public LocalDate getAppealFiledOn() { return appealFiledOn; }
    public AppealOutcome getAppealOutcome() { return appealOutcome; }
    public String getAppealRecordedBy() { return appealRecordedBy; }
}
