package kz.bagalau.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import kz.bagalau.scorecard.CompetencyLevel;

/** One competency of the sheet: which indicators were observed, of how many, and the level (000 §27). */
@Embeddable
public class CompetencyAssessment {

    private String competency;
    private int observed;
    private int total;
    private String observedIndicators;
    @Column(name = "competency_level")
    private String level;

    protected CompetencyAssessment() {
    }

    CompetencyAssessment(String competency, int observed, int total, String observedIndicators, CompetencyLevel level) {
        this.competency = competency;
        this.observed = observed;
        this.total = total;
        this.observedIndicators = observedIndicators;
        this.level = level.name();
    }

    public String getCompetency() { return competency; }
    public int getObserved() { return observed; }
    public int getTotal() { return total; }
    /** The numbers (1-based, comma-separated) of the indicators observed. */
    public String getObservedIndicators() { return observedIndicators; }
    public CompetencyLevel getLevel() { return CompetencyLevel.valueOf(level); }
}
