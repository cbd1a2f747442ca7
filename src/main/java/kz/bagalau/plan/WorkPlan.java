package kz.bagalau.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import kz.bagalau.web.BadRequestException;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * The individual work plan of a servant for a year («жеке жұмыс жоспары» / «индивидуальный план
 * работы», 000 §9-16): drafted by the direct supervisor, approved by the superior supervisor or the first
 * head. Every version is kept; an approved plan is read-only.
 */
@Entity
public class WorkPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String organisationCode;
    private String servantLogin;
    @Column(name = "plan_year")
    private int year;
    private String edition;
    private String evaluatorLogin;
    private String approverLogin;
    private String status;
    private int currentVersion;
    private String processInstanceId;
    private Instant createdAt;
    private Instant approvedAt;
    private String approvedBy;

    @OneToMany(mappedBy = "workPlan", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    private List<WorkPlanVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "workPlan", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    private List<WorkPlanEvent> events = new ArrayList<>();

    protected WorkPlan() {
    }

    WorkPlan(String organisationCode, String servantLogin, int year, String edition, String evaluatorLogin,
             String approverLogin, String processInstanceId, Instant createdAt) {
        this.organisationCode = organisationCode;
        this.servantLogin = servantLogin;
        this.year = year;
        this.edition = edition;
        this.evaluatorLogin = evaluatorLogin;
        this.approverLogin = approverLogin;
        this.processInstanceId = processInstanceId;
        this.createdAt = createdAt;
        this.status = WorkPlanStatus.DRAFTING.name();
    }

    /** A new version written by the direct supervisor: the draft or a correction after a return. */
    WorkPlanVersion submit(List<Kpi> kpis, String author, Instant at, String reason) {
        requireEditable();
        if (getStatus() == WorkPlanStatus.SUBMITTED) {
            throw new BadRequestException("Version " + currentVersion + " of the plan awaits approval; it cannot be "
                    + "changed until the approver returns it");
        }
        String changes = latest().map(previous -> Changes.between(previous.getKpis(), kpis)).orElse("Жоба / Проект");
        WorkPlanVersion version = new WorkPlanVersion(this, currentVersion + 1, kpis, author, at, reason, changes);
        versions.add(version);
        currentVersion = version.getVersionNo();
        status = WorkPlanStatus.SUBMITTED.name();
        return version;
    }

    void returnForCorrection(String by, Instant at, String reason) {
        requireSubmitted();
        events.add(new WorkPlanEvent(this, currentVersion, WorkPlanEvent.Action.RETURNED, by, at, null, reason));
        status = WorkPlanStatus.RETURNED.name();
    }

    void approve(String by, Instant at, String comment) {
        requireSubmitted();
        events.add(new WorkPlanEvent(this, currentVersion, WorkPlanEvent.Action.APPROVED, by, at, null, comment));
        status = WorkPlanStatus.APPROVED.name();
        approvedAt = at;
        approvedBy = by;
    }

    void monitor(int quarter, String by, Instant at, String recommendations) {
        if (getStatus() != WorkPlanStatus.APPROVED) {
            throw new BadRequestException("Only an approved plan is monitored (000 §16)");
        }
        events.add(new WorkPlanEvent(this, currentVersion, WorkPlanEvent.Action.MONITORED, by, at, quarter,
                recommendations));
    }

    private void requireEditable() {
        if (getStatus() == WorkPlanStatus.APPROVED) {
            throw new BadRequestException("The work plan " + servantLogin + "/" + year + " was approved on " + approvedAt
                    + " and is read-only");
        }
    }

    private void requireSubmitted() {
        requireEditable();
        if (getStatus() != WorkPlanStatus.SUBMITTED) {
            throw new BadRequestException("The work plan " + servantLogin + "/" + year + " is " + status
                    + ", not submitted for approval");
        }
    }

    public Optional<WorkPlanVersion> latest() {
        return versions.stream().max(Comparator.comparingInt(WorkPlanVersion::getVersionNo));
    }

    /** The KPIs of the approved version; refused while the plan is not approved. */
    public List<Kpi> approvedKpis() {
        if (getStatus() != WorkPlanStatus.APPROVED) {
            throw new BadRequestException("The work plan of " + servantLogin + " for " + year + " is not approved yet");
        }
        return latest().orElseThrow().getKpis();
    }

    public Optional<String> lastReturnReason() {
        return events.stream().filter(e -> e.getAction() == WorkPlanEvent.Action.RETURNED)
                .max(Comparator.comparing(WorkPlanEvent::getActedAt).thenComparingInt(WorkPlanEvent::getVersionNo))
                .map(WorkPlanEvent::getNote);
    }

    public Long getId() { return id; }
    public String getOrganisationCode() { return organisationCode; }
    public String getServantLogin() { return servantLogin; }
    public int getYear() { return year; }
    public String getEdition() { return edition; }
    public String getEvaluatorLogin() { return evaluatorLogin; }
    public String getApproverLogin() { return approverLogin; }
    public WorkPlanStatus getStatus() { return WorkPlanStatus.valueOf(status); }
    public int getCurrentVersion() { return currentVersion; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }

    public List<WorkPlanVersion> getVersions() {
        return versions.stream().sorted(Comparator.comparingInt(WorkPlanVersion::getVersionNo)).toList();
    }

    public List<WorkPlanEvent> getEvents() {
        return events.stream().sorted(Comparator.comparing(WorkPlanEvent::getActedAt)).toList();
    }
}
