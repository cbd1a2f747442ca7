package kz.bagalau.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

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

/**
 * A meeting of the evaluation commission («комиссия отырысы» / «заседание комиссии», 000 §29-39): its date as
 * agreed with the chair, the notice, the attendance and quorum, the protocol's conclusion and the authorized
 * person's approval. The lines of the protocol are {@link CommissionDecision}s.
 */
@Entity
public class CommissionMeeting {

    public enum Status { PROPOSED, SCHEDULED, NOT_QUORATE, HELD, PROTOCOL_SIGNED, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String organisationCode;
    @Column(name = "sheet_year")
    private int year;
    private String edition;
    private Long orderId;
    private LocalDate meetingDate;
    private String businessKey;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String proposedBy;
    private Instant proposedAt;
    private String agreedBy;
    private Instant agreedAt;
    private Instant noticeSentAt;
    private int reschedules;
    private Integer membersCount;
    private Integer presentCount;
    private String conclusion;
    private Instant protocolAt;
    private String approvedBy;
    private Instant approvedAt;
    private String processInstanceId;
    private int voteRound = 1;
    private String returnedBy;
    private Instant returnedAt;
    private String returnReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commission_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "servant_login")
    private Set<String> present = new LinkedHashSet<>();

    protected CommissionMeeting() {
    }

    CommissionMeeting(String organisationCode, int year, String edition, Long orderId, LocalDate meetingDate,
                      String businessKey, String proposedBy, Instant proposedAt) {
        this.organisationCode = organisationCode;
        this.year = year;
        this.edition = edition;
        this.orderId = orderId;
        this.meetingDate = meetingDate;
        this.businessKey = businessKey;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = Status.PROPOSED;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void propose(LocalDate date, String by, Instant at, Long orderId) {
        this.meetingDate = date;
        this.proposedBy = by;
        this.proposedAt = at;
        this.orderId = orderId;
        this.status = Status.PROPOSED;
        this.agreedBy = null;
        this.agreedAt = null;
    }

    void agree(String by, Instant at) {
        this.agreedBy = by;
        this.agreedAt = at;
        this.status = Status.SCHEDULED;
    }

    void noticeSent(Instant at) {
        this.noticeSentAt = at;
    }

    void attendance(Set<String> presentMembers, int members, boolean quorate) {
        this.present = new LinkedHashSet<>(presentMembers);
        this.membersCount = members;
        this.presentCount = presentMembers.size();
        if (quorate) {
            this.status = Status.HELD;
        } else {
            this.status = Status.NOT_QUORATE;
            this.reschedules++;
        }
    }

    void protocol(String conclusion, Instant at) {
        this.conclusion = conclusion;
        this.protocolAt = at;
    }

    void protocolSigned() {
        this.status = Status.PROTOCOL_SIGNED;
    }

    void approve(String by, Instant at) {
        this.approvedBy = by;
        this.approvedAt = at;
        this.status = Status.APPROVED;
    }

    /** The authorized person returns the results to the commission: a new round of votes and signatures. */
    void returnToCommission(String by, Instant at, String reason) {
        this.returnedBy = by;
        this.returnedAt = at;
        this.returnReason = reason;
        this.voteRound++;
        this.conclusion = null;
        this.protocolAt = null;
        this.status = Status.HELD;
    }

    public Long getId() { return id; }
    public int getVoteRound() { return voteRound; }
    public String getReturnedBy() { return returnedBy; }
    public Instant getReturnedAt() { return returnedAt; }
    public String getReturnReason() { return returnReason; }
    public String getOrganisationCode() { return organisationCode; }
    public int getYear() { return year; }
    public String getEdition() { return edition; }
    public Long getOrderId() { return orderId; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getBusinessKey() { return businessKey; }
    public Status getStatus() { return status; }
    public String getProposedBy() { return proposedBy; }
    public String getAgreedBy() { return agreedBy; }
    public Instant getNoticeSentAt() { return noticeSentAt; }
    public int getReschedules() { return reschedules; }
    public Integer getMembersCount() { return membersCount; }
    public Integer getPresentCount() { return presentCount; }
    public Set<String> getPresent() { return Set.copyOf(present); }
    public String getConclusion() { return conclusion; }
    public Instant getProtocolAt() { return protocolAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
}
