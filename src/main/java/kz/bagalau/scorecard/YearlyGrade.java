package kz.bagalau.scorecard;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The yearly grade («қорытынды баға» / «итоговая оценка», 004 §5, 003 §4): the average of the
 * year's quarterly final scores and its band. Changed only through {@link YearlyGrades}.
 */
@Entity
@Table(name = "scorecard_yearly_grade")
public class YearlyGrade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    @Column(name = "servant_login", nullable = false, length = 64)
    private String servantLogin;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "average_score", nullable = false, precision = 4, scale = 2)
    private BigDecimal averageScore;

    @Column(nullable = false)
    private int quarters;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Grade grade;

    @Column(name = "formed_at", nullable = false)
    private Instant formedAt;

    @Version
    private long version;

    protected YearlyGrade() {
    }

    YearlyGrade(String servantLogin, int year) {
        this.servantLogin = servantLogin;
        this.year = year;
    }

    void form(String organisationCode, BigDecimal averageScore, int quarters, Grade grade, Instant now) {
        this.organisationCode = organisationCode;
        this.averageScore = averageScore;
        this.quarters = quarters;
        this.grade = grade;
        this.formedAt = now;
    }

    public Long getId() {
        return id;
    }

    /** The organisation of the servant's last evaluated quarter of the year. */
    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getServantLogin() {
        return servantLogin;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAverageScore() {
        return averageScore;
    }

    public int getQuarters() {
        return quarters;
    }

    public Grade getGrade() {
        return grade;
    }

    public Instant getFormedAt() {
        return formedAt;
    }
}
