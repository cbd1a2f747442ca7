package kz.bagalau.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import kz.bagalau.scorecard.Eligibility;
import kz.bagalau.scorecard.EligibilityDecision;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.web.BadRequestException;

/**
 * The yearly KPI evaluation sheet of a servant («НМИ бойынша бағалау парағы» / «оценочный лист по КЦИ»,
 * 000 §17-24): the eligibility, the rows of the approved plan with their actual values, the grade by the
 * number of KPIs achieved, the superior's agreement or return, and the handover to the commission.
 */
@Entity
public class KpiSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String organisationCode;
    private String servantLogin;
    @Column(name = "sheet_year")
    private int year;
    private String edition;
    private Long workPlanId;
    private String evaluatorLogin;
    private String approverLogin;
    private String eligibility;
    private String eligibilityReason;
    private LocalDate deferredUntil;
    private String status;
    private Integer achievedKpis;
    private String grade;
    private int submissions;
    private Instant submittedAt;
    private String returnReason;
    private Instant returnedAt;
    private Instant agreedAt;
    private String agreedBy;
    private Instant handedOverAt;
    private String handedOverBy;
    private String processInstanceId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kpi_sheet_entry", joinColumns = @JoinColumn(name = "kpi_sheet_id"))
    private List<KpiSheetEntry> entries = new ArrayList<>();

    protected KpiSheet() {
    }

    KpiSheet(WorkPlan plan, String evaluatorLogin, String approverLogin, EligibilityDecision eligibility,
             LocalDate deferredUntil, String processInstanceId) {
        this.organisationCode = plan.getOrganisationCode();
        this.servantLogin = plan.getServantLogin();
        this.year = plan.getYear();
        this.edition = plan.getEdition();
        this.workPlanId = plan.getId();
        this.evaluatorLogin = evaluatorLogin;
        this.approverLogin = approverLogin;
        this.eligibility = eligibility.eligibility().name();
        this.eligibilityReason = eligibility.reason();
        this.deferredUntil = deferredUntil;
        this.processInstanceId = processInstanceId;
        this.status = switch (eligibility.eligibility()) {
            case NOT_ELIGIBLE -> KpiSheetStatus.NOT_EVALUATED.name();
            case DEFERRED -> KpiSheetStatus.DEFERRED.name();
            default -> KpiSheetStatus.FILLING.name();
        };
    }

    void fill(List<KpiSheetEntry> rows, Grade grade, Instant at) {
        KpiSheetStatus s = getStatus();
        if (s != KpiSheetStatus.FILLING && s != KpiSheetStatus.DEFERRED && s != KpiSheetStatus.RETURNED) {
            throw new BadRequestException("The KPI sheet " + servantLogin + "/" + year + " is " + s + " and cannot be "
                    + "filled now");
        }
        entries.clear();
        entries.addAll(rows);
        achievedKpis = (int) rows.stream().filter(KpiSheetEntry::isAchieved).count();
        this.grade = grade.name();
        submissions++;
        submittedAt = at;
        status = KpiSheetStatus.SUBMITTED.name();
    }

    void returnForCorrection(String reason, Instant at) {
        requireStatus(KpiSheetStatus.SUBMITTED);
        returnReason = reason;
        returnedAt = at;
        status = KpiSheetStatus.RETURNED.name();
    }

    void agree(String by, Instant at) {
        requireStatus(KpiSheetStatus.SUBMITTED);
        agreedBy = by;
        agreedAt = at;
        status = KpiSheetStatus.AGREED.name();
    }

    void handOver(String by, Instant at) {
        requireStatus(KpiSheetStatus.AGREED);
        handedOverBy = by;
        handedOverAt = at;
        status = KpiSheetStatus.HANDED_TO_COMMISSION.name();
    }

    private void requireStatus(KpiSheetStatus expected) {
        if (getStatus() != expected) {
            throw new BadRequestException("The KPI sheet " + servantLogin + "/" + year + " is " + status + ", not "
                    + expected);
        }
    }

    public Long getId() { return id; }
    public String getOrganisationCode() { return organisationCode; }
    public String getServantLogin() { return servantLogin; }
    public int getYear() { return year; }
    public String getEdition() { return edition; }
    public Long getWorkPlanId() { return workPlanId; }
    public String getEvaluatorLogin() { return evaluatorLogin; }
    public String getApproverLogin() { return approverLogin; }
    public Eligibility getEligibility() { return Eligibility.valueOf(eligibility); }
    public String getEligibilityReason() { return eligibilityReason; }
    public LocalDate getDeferredUntil() { return deferredUntil; }
    public KpiSheetStatus getStatus() { return KpiSheetStatus.valueOf(status); }
    public Integer getAchievedKpis() { return achievedKpis; }
    public Grade getGrade() { return grade == null ? null : Grade.valueOf(grade); }
    public int getSubmissions() { return submissions; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getReturnReason() { return returnReason; }
    public Instant getReturnedAt() { return returnedAt; }
    public Instant getAgreedAt() { return agreedAt; }
    public String getAgreedBy() { return agreedBy; }
    public Instant getHandedOverAt() { return handedOverAt; }
    public String getHandedOverBy() { return handedOverBy; }
    public String getProcessInstanceId() { return processInstanceId; }

    public List<KpiSheetEntry> getEntries() {
        return entries.stream().sorted(Comparator.comparingInt(KpiSheetEntry::getNumber)).toList();
    }
}
