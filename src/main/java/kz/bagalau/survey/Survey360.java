package kz.bagalau.survey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One servant's yearly 360 survey («360 әдісі бойынша бағалау» / «оценка методом 360», 003 §33-36). Holds
 * the sealed aggregate of the respondents' answers and how many answered; which respondent answered is
 * recorded apart ({@link SurveyRespondent}), without the answer.
 */
@Entity
@Table(name = "survey_360")
class Survey360 {

    enum Status { SELECTING, OPEN, CLOSED, NOT_HELD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String businessKey;
    private String organisationCode;
    private String servantLogin;
    @Column(name = "survey_year")
    private int year;
    private boolean head;
    private String status;
    private int answeredCount;
    private String sealedTally;
    private String selectionProblem;
    private String notHeldReason;
    private String processInstanceId;
    private Instant createdAt;

    @Version
    private long version;

    protected Survey360() {
    }

    Survey360(String businessKey, String organisationCode, String servantLogin, int year, boolean head,
              Instant createdAt) {
        this.businessKey = businessKey;
        this.organisationCode = organisationCode;
        this.servantLogin = servantLogin;
        this.year = year;
        this.head = head;
        this.status = Status.SELECTING.name();
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    String getBusinessKey() { return businessKey; }
    String getOrganisationCode() { return organisationCode; }
    String getServantLogin() { return servantLogin; }
    int getYear() { return year; }
    boolean isHead() { return head; }
    Status getStatus() { return Status.valueOf(status); }
    int getAnsweredCount() { return answeredCount; }
    String getSealedTally() { return sealedTally; }
    String getSelectionProblem() { return selectionProblem; }
    String getNotHeldReason() { return notHeldReason; }
    String getProcessInstanceId() { return processInstanceId; }

    void setStatus(Status status) { this.status = status.name(); }
    void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    void setSelectionProblem(String selectionProblem) { this.selectionProblem = selectionProblem; }
    void setNotHeldReason(String notHeldReason) { this.notHeldReason = notHeldReason; }

    void recordAnswer(String sealed) {
        this.sealedTally = sealed;
        this.answeredCount++;
    }
}
