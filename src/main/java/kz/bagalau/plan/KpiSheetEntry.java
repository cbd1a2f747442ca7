package kz.bagalau.plan;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of the KPI sheet (002 appendix 10): planned against actual, achieved only when the plan is fully reached. */
@Embeddable
public class KpiSheetEntry {

    @Column(name = "kpi_no")
    private int number;
    private String name;
    private String unit;
    private BigDecimal plannedValue;
    private BigDecimal actualValue;
    private boolean achieved;
    private String evidence;

    protected KpiSheetEntry() {
    }

    KpiSheetEntry(Kpi kpi, BigDecimal actualValue, String evidence) {
        this.number = kpi.getNumber();
        this.name = kpi.getName();
        this.unit = kpi.getUnit();
        this.plannedValue = kpi.getPlannedValue();
        this.actualValue = actualValue;
        // 000 §18, 002 §49: a KPI is achieved only when its planned value is fully reached.
        this.achieved = actualValue.compareTo(kpi.getPlannedValue()) >= 0;
        this.evidence = evidence;
    }

    public int getNumber() { return number; }
    public String getName() { return name; }
    public String getUnit() { return unit; }
    public BigDecimal getPlannedValue() { return plannedValue; }
    public BigDecimal getActualValue() { return actualValue; }
    public boolean isAchieved() { return achieved; }
    public String getEvidence() { return evidence; }
}
