package kz.bagalau.calibration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.bagalau.scorecard.Grade;
import kz.bagalau.scorecard.QuarterRef;

/**
 * A calibration session («калибрлеу сессиясы» / «калибровочная сессия», 003 §37–42, 004 §19–24) on one
 * application, and its protocol: the composition the authorized person approved, the session HR
 * organised, the evaluator's presentation, the outcome of the members' votes, the signing and posting
 * of the protocol, and the evaluator's feedback meeting. The score before calibration is kept here
 * ({@code previousScore}, {@code previousGrade}) so the history survives the replaced quarterly result.
 */
@Entity
@Table(name = "calibration_session")
public class CalibrationSession {

    public enum Status { AWAITING_COMPOSITION, COMPOSED, ORGANISED, PRESENTED, DECIDED, SIGNED, POSTED }

    /** The protocol's outcome: the score kept, raised or lowered. */
    public enum Outcome { KEPT, RAISED, LOWERED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(name = "business_key", nullable = false)
    private String businessKey;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "organisation_code", nullable = false)
    private String organisationCode;
    @Column(name = "servant_login", nullable = false)
    private String servantLogin;
    @Column(name = "period_year", nullable = false)
    private int year;
    @Column(name = "period_quarter", nullable = false)
    private int quarter;
    @Column(name = "evaluator_login", nullable = false)
    private String evaluatorLogin;
    /** Who evaluated the applicant (comma-separated): never members (004 §20). */
    @Column(name = "excluded_logins", nullable = false)
    private String excludedLogins;
    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;
    @Column(name = "previous_score", nullable = false)
    private BigDecimal previousScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_grade", nullable = false)
    private Grade previousGrade;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calibration_member", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "member_login")
    @OrderBy
    private List<String> members = new ArrayList<>();
    @Column(name = "composition_by")
    private String compositionBy;
    @Column(name = "composition_at")
    private Instant compositionAt;

    @Column(name = "held_on")
    private LocalDate heldOn;
    private String place;
    @Column(name = "organised_by")
    private String organisedBy;
    private String presentation;
    @Column(name = "presented_at")
    private Instant presentedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "final_score")
    private BigDecimal finalScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "final_grade")
    private Grade finalGrade;
    @Column(name = "tally_note")
    private String tallyNote;

    @Column(name = "protocol_signed_on")
    private LocalDate protocolSignedOn;
    @Column(name = "protocol_posted_at")
    private Instant protocolPostedAt;
    @Column(name = "protocol_posted_by")
    private String protocolPostedBy;

    @Column(name = "feedback_met_on")
    private LocalDate feedbackMetOn;
    @Column(name = "feedback_achievements")
    private String feedbackAchievements;
    @Column(name = "feedback_development")
    private String feedbackDevelopment;
    @Column(name = "feedback_potential")
    private String feedbackPotential;
    @Column(name = "feedback_recorded_at")
    private Instant feedbackRecordedAt;

    @Version
    private long version;

    protected CalibrationSession() {
    }

    CalibrationSession(CalibrationApplication application, String businessKey, String evaluatorLogin,
                       List<String> excluded, BigDecimal previousScore, Grade previousGrade) {
        this.applicationId = application.getId();
        this.businessKey = businessKey;
        this.organisationCode = application.getOrganisationCode();
        this.servantLogin = application.getServantLogin();
        this.year = application.getYear();
        this.quarter = application.getQuarter();
        this.appliedAt = application.getAppliedAt();
        this.evaluatorLogin = evaluatorLogin;
        this.excludedLogins = String.join(",", excluded);
        this.previousScore = previousScore;
        this.previousGrade = previousGrade;
        this.status = Status.AWAITING_COMPOSITION;
    }

    void attach(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void compose(List<String> members, String by, Instant at) {
        this.members = new ArrayList<>(members);
        this.compositionBy = by;
        this.compositionAt = at;
        this.status = Status.COMPOSED;
    }

    void organise(LocalDate heldOn, String place, String by) {
        this.heldOn = heldOn;
        this.place = place;
        this.organisedBy = by;
        this.status = Status.ORGANISED;
    }

    void present(String presentation, Instant at) {
        this.presentation = presentation;
        this.presentedAt = at;
        this.status = Status.PRESENTED;
    }

    void decide(CalibrationTally.Result result, Grade grade) {
        this.outcome = result.outcome();
        this.finalScore = result.finalScore();
        this.finalGrade = grade;
        this.tallyNote = result.note();
        this.status = Status.DECIDED;
    }

    void sign(LocalDate signedOn) {
        this.protocolSignedOn = signedOn;
        this.status = Status.SIGNED;
    }

    void post(String by, Instant at) {
        this.protocolPostedBy = by;
        this.protocolPostedAt = at;
        this.status = Status.POSTED;
    }

    void recordFeedback(LocalDate metOn, String achievements, String development, String potential, Instant at) {
        this.feedbackMetOn = metOn;
        this.feedbackAchievements = achievements;
        this.feedbackDevelopment = development;
        this.feedbackPotential = potential;
        this.feedbackRecordedAt = at;
    }

    public QuarterRef quarterRef() {
        return new QuarterRef(organisationCode, servantLogin, year, quarter);
    }

    public List<String> excluded() {
        return excludedLogins.isEmpty() ? List.of() : Arrays.asList(excludedLogins.split(","));
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getBusinessKey() { return businessKey; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getOrganisationCode() { return organisationCode; }
    public String getServantLogin() { return servantLogin; }
    public int getYear() { return year; }
    public int getQuarter() { return quarter; }
    public String getEvaluatorLogin() { return evaluatorLogin; }
    public Instant getAppliedAt() { return appliedAt; }
    public BigDecimal getPreviousScore() { return previousScore; }
    public Grade getPreviousGrade() { return previousGrade; }
    public Status getStatus() { return status; }
    public List<String> getMembers() { return List.copyOf(members); }
    public String getCompositionBy() { return compositionBy; }
    public Instant getCompositionAt() { return compositionAt; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getPlace() { return place; }
    public String getOrganisedBy() { return organisedBy; }
    public String getPresentation() { return presentation; }
    public Instant getPresentedAt() { return presentedAt; }
    public Outcome getOutcome() { return outcome; }
    public BigDecimal getFinalScore() { return finalScore; }
    public Grade getFinalGrade() { return finalGrade; }
    public String getTallyNote() { return tallyNote; }
    public LocalDate getProtocolSignedOn() { return protocolSignedOn; }
    public Instant getProtocolPostedAt() { return protocolPostedAt; }
    public String getProtocolPostedBy() { return protocolPostedBy; }
    public LocalDate getFeedbackMetOn() { return feedbackMetOn; }
    public String getFeedbackAchievements() { return feedbackAchievements; }
    public String getFeedbackDevelopment() { return feedbackDevelopment; }
    public String getFeedbackPotential() { return feedbackPotential; }
    public Instant getFeedbackRecordedAt() { return feedbackRecordedAt; }
}
