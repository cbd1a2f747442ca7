package kz.bagalau.campaign;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One process a campaign launched (with its business key) or skipped (with the reason). */
@Entity
class CampaignEntry {

    enum Status { LAUNCHED, SKIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String campaignKey;
    private String processKey;
    private String target;
    private String businessKey;
    private String status;
    private String reason;
    private Instant recordedAt;

    protected CampaignEntry() {
    }

    CampaignEntry(String campaignKey, String processKey, String target, String businessKey, Status status,
                  String reason) {
        this.campaignKey = campaignKey;
        this.processKey = processKey;
        this.target = target;
        this.businessKey = businessKey;
        this.status = status.name();
        this.reason = reason;
        this.recordedAt = Instant.now();
    }

    String getProcessKey() { return processKey; }
    String getTarget() { return target; }
    String getBusinessKey() { return businessKey; }
    Status getStatus() { return Status.valueOf(status); }
    String getReason() { return reason; }
}
