package kz.bagalau.plan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;

/** A decision on a plan version (returned, approved; 000 §12) or a quarterly monitoring with its recommendations (000 §16). */
@Entity
public class WorkPlanEvent {

    public enum Action { RETURNED, APPROVED, MONITORED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_plan_id")
    private WorkPlan workPlan;

    private int versionNo;
    @Column(name = "event_action")
    private String action;
    private String actorLogin;
    private Instant actedAt;
    @Column(name = "period_quarter")
    private Integer quarter;
    private String note;

    protected WorkPlanEvent() {
    }

    WorkPlanEvent(WorkPlan workPlan, int versionNo, Action action, String actorLogin, Instant actedAt, Integer quarter,
                  String note) {
        this.workPlan = workPlan;
        this.versionNo = versionNo;
        this.action = action.name();
        this.actorLogin = actorLogin;
        this.actedAt = actedAt;
        this.quarter = quarter;
        this.note = note;
    }

    public int getVersionNo() { return versionNo; }
    public Action getAction() { return Action.valueOf(action); }
    public String getActorLogin() { return actorLogin; }
    public Instant getActedAt() { return actedAt; }
    public Integer getQuarter() { return quarter; }
    public String getNote() { return note; }
}
