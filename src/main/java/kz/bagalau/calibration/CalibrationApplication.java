package kz.bagalau.calibration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A servant's application for a calibration session («калибрлеу сессиясы» / «калибровочная сессия»),
 * in free form, to the authorized person, within 5 working days after acquaintance (003 §12, 004 §11).
 */
@Entity
public class CalibrationApplication {

    public enum Status { SUBMITTED, REFUSED, HELD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String organisationCode;
    private String servantLogin;
    @Column(name = "period_year")
    private int year;
    @Column(name = "period_quarter")
    private int quarter;
    private String quarterlyKey;
    private Instant appliedAt;
    private String reason;
    private String status;

    protected CalibrationApplication() {
    }

    CalibrationApplication(String organisationCode, String servantLogin, int year, int quarter, String quarterlyKey,
                           Instant appliedAt, String reason) {
        this.organisationCode = organisationCode;
        this.servantLogin = servantLogin;
        this.year = year;
        this.quarter = quarter;
        this.quarterlyKey = quarterlyKey;
        this.appliedAt = appliedAt;
        this.reason = reason;
        this.status = Status.SUBMITTED.name();
    }

    void markHeld() {
        this.status = Status.HELD.name();
    }

    public Long getId() { return id; }
    public String getOrganisationCode() { return organisationCode; }
    public String getServantLogin() { return servantLogin; }
    public int getYear() { return year; }
    public int getQuarter() { return quarter; }
    public String getQuarterlyKey() { return quarterlyKey; }
    public Instant getAppliedAt() { return appliedAt; }
    public String getReason() { return reason; }
    public Status getStatus() { return Status.valueOf(status); }
}
