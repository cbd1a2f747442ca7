package kz.bagalau.acquaintance;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The proof that a servant was acquainted with a result, kept 3 years (003 §14). */
@Entity
public class Acquaintance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String subjectKey;
    private String processInstanceId;
    private String servantLogin;

    @Enumerated(EnumType.STRING)
    private AcquaintanceChannel channel;

    private Instant acquaintedAt;
    private LocalDate deliveredOn;
    private String proof;
    private boolean refused;
    private String recordedBy;

    protected Acquaintance() {
    }

    Acquaintance(String subjectKey, String processInstanceId, String servantLogin, AcquaintanceChannel channel,
                 Instant acquaintedAt, LocalDate deliveredOn, String proof, String recordedBy) {
        this.subjectKey = subjectKey;
        this.processInstanceId = processInstanceId;
        this.servantLogin = servantLogin;
        this.channel = channel;
        this.acquaintedAt = acquaintedAt;
        this.deliveredOn = deliveredOn;
        this.proof = proof;
        this.recordedBy = recordedBy;
    }

    Acquaintance refused() {
        this.refused = true;
        return this;
    }

    public String getSubjectKey() { return subjectKey; }
    public String getServantLogin() { return servantLogin; }
    public AcquaintanceChannel getChannel() { return channel; }
    public Instant getAcquaintedAt() { return acquaintedAt; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public String getProof() { return proof; }
    public boolean isRefused() { return refused; }
    public String getRecordedBy() { return recordedBy; }
}
