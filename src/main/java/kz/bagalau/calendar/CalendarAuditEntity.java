package kz.bagalau.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A change of one year's calendar data: who, when, why, and the data before and after. */
@Entity
@Table(name = "calendar_audit")
class CalendarAuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year_number", nullable = false)
    private int yearNumber;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "previous_value", length = 4000)
    private String previousValue;

    @Column(name = "new_value", nullable = false, length = 4000)
    private String newValue;

    protected CalendarAuditEntity() {
    }

    CalendarAuditEntity(int yearNumber, Instant changedAt, String changedBy, String reason, String previousValue,
                        String newValue) {
        this.yearNumber = yearNumber;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
        this.previousValue = previousValue;
        this.newValue = newValue;
    }

    /** The record as the audit listing shows it. */
    record View(long id, int year, Instant changedAt, String changedBy, String reason, String previousValue,
                String newValue) {}

    View view() {
        return new View(id, yearNumber, changedAt, changedBy, reason, previousValue, newValue);
    }
}
