package kz.bagalau.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One submitted version of a work plan: its five KPIs, who wrote it, why, and what changed against the previous one. */
@Entity
public class WorkPlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_plan_id")
    private WorkPlan workPlan;

    private int versionNo;
    private String authorLogin;
    private Instant createdAt;
    private String reason;
    private String changes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_plan_kpi", joinColumns = @JoinColumn(name = "version_id"))
    private List<Kpi> kpis = new ArrayList<>();

    protected WorkPlanVersion() {
    }

    WorkPlanVersion(WorkPlan workPlan, int versionNo, List<Kpi> kpis, String authorLogin, Instant createdAt,
                    String reason, String changes) {
        this.workPlan = workPlan;
        this.versionNo = versionNo;
        this.kpis = new ArrayList<>(kpis);
        this.authorLogin = authorLogin;
        this.createdAt = createdAt;
        this.reason = reason;
        this.changes = changes;
    }

    public Long getId() { return id; }
    public int getVersionNo() { return versionNo; }
    public String getAuthorLogin() { return authorLogin; }
    public Instant getCreatedAt() { return createdAt; }
    public String getReason() { return reason; }
    public String getChanges() { return changes; }

    public List<Kpi> getKpis() {
        return kpis.stream().sorted(Comparator.comparingInt(Kpi::getNumber)).toList();
    }
}
