package kz.bagalau.competency;

import java.time.Instant;
import java.util.ArrayList;
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

/**
 * The competency evaluation sheet («құзыреттерді бағалау парағы» / «оценочный лист компетенций»,
 * 000 §25-28), filled and signed by the direct supervisor with the indicators of the servant's category.
 */
@Entity
public class CompetencySheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String organisationCode;
    private String servantLogin;
    @Column(name = "sheet_year")
    private int year;
    private String indicatorSet;
    private String evaluatorLogin;
    private Instant signedAt;
    private String signedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competency_assessment", joinColumns = @JoinColumn(name = "competency_sheet_id"))
    private List<CompetencyAssessment> assessments = new ArrayList<>();

    protected CompetencySheet() {
    }

    CompetencySheet(String organisationCode, String servantLogin, int year, IndicatorSet indicatorSet,
                    String evaluatorLogin, List<CompetencyAssessment> assessments, String signedBy, Instant signedAt) {
        this.organisationCode = organisationCode;
        this.servantLogin = servantLogin;
        this.year = year;
        this.indicatorSet = indicatorSet.name();
        this.evaluatorLogin = evaluatorLogin;
        this.assessments = new ArrayList<>(assessments);
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    public Long getId() { return id; }
    public String getOrganisationCode() { return organisationCode; }
    public String getServantLogin() { return servantLogin; }
    public int getYear() { return year; }
    public IndicatorSet getIndicatorSet() { return IndicatorSet.valueOf(indicatorSet); }
    public String getEvaluatorLogin() { return evaluatorLogin; }
    public Instant getSignedAt() { return signedAt; }
    public String getSignedBy() { return signedBy; }
    public List<CompetencyAssessment> getAssessments() { return List.copyOf(assessments); }
}
