package kz.bagalau.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One key performance indicator of the individual work plan («нәтижелілігінің негізгі
 * индикаторы, НМИ» / «ключевой целевой индикатор, КЦИ»), with the columns of 002 appendix 9: name, the
 * Corps A agreement indicator or planning document it derives from, unit, planned value, deadline, key result.
 */
@Embeddable
public class Kpi {

    @Column(name = "kpi_no")
    private int number;
    private String name;
    private String sourceIndicator;
    private String unit;
    private BigDecimal plannedValue;
    private LocalDate deadline;
    private String keyResult;

    protected Kpi() {
    }

    public Kpi(int number, String name, String sourceIndicator, String unit, BigDecimal plannedValue,
               LocalDate deadline, String keyResult) {
        this.number = number;
        this.name = name;
        this.sourceIndicator = sourceIndicator;
        this.unit = unit;
        this.plannedValue = plannedValue;
        this.deadline = deadline;
        this.keyResult = keyResult;
    }

    public int getNumber() { return number; }
    public String getName() { return name; }
    public String getSourceIndicator() { return sourceIndicator; }
    public String getUnit() { return unit; }
    public BigDecimal getPlannedValue() { return plannedValue; }
    public LocalDate getDeadline() { return deadline; }
    public String getKeyResult() { return keyResult; }

    /** The fields a reader compares between two versions, in the order of the form. */
    String describe() {
        return name + " | " + sourceIndicator + " | " + unit + " | " + plannedValue.stripTrailingZeros().toPlainString()
                + " | " + deadline + " | " + keyResult;
    }
}
