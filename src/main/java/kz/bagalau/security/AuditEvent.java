package kz.bagalau.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the audit trail: who read, changed or was refused what, when (003 §14: kept 3 years). */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "action", nullable = false, length = 20)
    private String action;

    @Column(name = "resource_type", nullable = false, length = 40)
    private String resourceType;

    @Column(name = "resource_id", nullable = false, length = 200)
    private String resourceId;

    @Column(name = "organisation_code", length = 64)
    private String organisationCode;

    @Column(name = "detail", length = 2000)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditTrail.Action action, String resourceType, String resourceId,
               String organisationCode, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action.name();
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.organisationCode = organisationCode;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    AuditTrail.Entry view() {
        return new AuditTrail.Entry(id, occurredAt, actor, action, resourceType, resourceId, organisationCode, detail);
    }
}
