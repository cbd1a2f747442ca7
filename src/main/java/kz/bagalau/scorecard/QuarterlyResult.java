package kz.bagalau.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A servant's quarterly evaluation result («бағалау нәтижесі» / «результат оценки», 003 §4,
 * 004 §5): eligibility, the evaluators' scores, the average, the cap applied and the grade.
 * Changed only through {@link QuarterlyResults}.
 */
@Entity
@Table(name = "scorecard_quarterly_result")
public class QuarterlyResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    @Column(name = "servant_login", nullable = false, length = 64)
    private String servantLogin;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false)
    private int quarter;

    @Column(nullable = false, length = 16)
    private String edition;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private EvaluationForm form;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private Eligibility eligibility;

    @Column(name = "eligibility_reason", length = 64)
    private String eligibilityReason;

    @Column(length = 64)
    private String sanction;

    @Column(name = "average_score", precision = 4, scale = 2)
    private BigDecimal averageScore;

    @Column(name = "cap_max_score", precision = 4, scale = 2)
    private BigDecimal capMaxScore;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "cap_applies_to", length = 16)
    private CapReading capAppliesTo;

    @Column(name = "cap_applied", nullable = false)
    private boolean capApplied;

    @Column(name = "final_score", precision = 4, scale = 2)
    private BigDecimal finalScore;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private Grade grade;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private QuarterlyStatus status;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Version
    private long version;

    // A sheet has at most 5 parameters per evaluator: loading them with the result is cheap.
    @OneToMany(mappedBy = "result", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("evaluatorLogin ASC, parameterNumber ASC")
    private List<EvaluatorScore> scores = new ArrayList<>();

    protected QuarterlyResult() {
    }

    QuarterlyResult(QuarterRef ref, String edition, EvaluationForm form, Instant now) {
        this.organisationCode = ref.organisationCode();
        this.servantLogin = ref.servantLogin();
        this.year = ref.year();
        this.quarter = ref.quarter();
        this.edition = edition;
        this.form = form;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void recordEligibility(String edition, EvaluationForm form, EligibilityDecision decision,
            String processInstanceId, Instant now) {
        this.edition = edition;
        this.form = form;
        this.eligibility = decision.eligibility();
        this.eligibilityReason = decision.reason();
        this.processInstanceId = processInstanceId;
        this.status = switch (decision.eligibility()) {
            case NOT_ELIGIBLE -> QuarterlyStatus.NOT_EVALUATED;
            case DEFERRED -> QuarterlyStatus.DEFERRED;
            case ELIGIBLE, WITHOUT_PARTICIPATION -> QuarterlyStatus.AWAITING_SCORES;
        };
        this.updatedAt = now;
    }

    /**
     * Replaces an evaluator's sheet. Rows are updated in place: Hibernate inserts before it deletes
     * orphans, so removing and re-adding a parameter would break the unique key.
     */
    void replaceSheet(ScoreSheet sheet, Instant now) {
        String evaluator = sheet.evaluatorLogin();
        Map<Integer, ParameterScore> entered = sheet.scores().stream()
                .collect(Collectors.toMap(ParameterScore::parameter, Function.identity()));
        scores.removeIf(s -> s.getEvaluatorLogin().equals(evaluator) && !entered.containsKey(s.getParameterNumber()));
        for (ParameterScore score : sheet.scores()) {
            scores.stream()
                    .filter(s -> s.getEvaluatorLogin().equals(evaluator) && s.getParameterNumber() == score.parameter())
                    .findFirst()
                    .ifPresentOrElse(s -> s.rescore(score, now),
                            () -> scores.add(new EvaluatorScore(this, evaluator, score, now)));
        }
        this.updatedAt = now;
    }

    void recordGrade(String sanction, DisciplinaryCap cap, ScoreCalculation calculation, Grade grade, Instant now) {
        this.sanction = sanction;
        this.capMaxScore = cap.maxScore().setScale(ScoreCalculator.SCALE, RoundingMode.HALF_UP);
        this.capAppliesTo = cap.appliesTo();
        this.capApplied = calculation.capApplied();
        this.averageScore = calculation.average();
        this.finalScore = calculation.finalScore();
        this.grade = grade;
        this.status = QuarterlyStatus.GRADED;
        this.gradedAt = now;
        this.updatedAt = now;
    }

    void recordCalibration(BigDecimal finalScore, Grade grade, Instant now) {
        this.finalScore = finalScore;
        this.grade = grade;
        this.status = QuarterlyStatus.CALIBRATED;
        this.updatedAt = now;
    }

    /** The sheets as the evaluators entered them, one per evaluator. */
    public List<ScoreSheet> sheets() {
        return scores.stream().map(EvaluatorScore::getEvaluatorLogin).distinct()
                .map(login -> new ScoreSheet(login, scores.stream()
                        .filter(s -> s.getEvaluatorLogin().equals(login))
                        .map(EvaluatorScore::toParameterScore).toList()))
                .toList();
    }

    public QuarterRef ref() {
        return new QuarterRef(organisationCode, servantLogin, year, quarter);
    }

    public Long getId() {
        return id;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getServantLogin() {
        return servantLogin;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public String getEdition() {
        return edition;
    }

    public EvaluationForm getForm() {
        return form;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public String getEligibilityReason() {
        return eligibilityReason;
    }

    public String getSanction() {
        return sanction;
    }

    public BigDecimal getAverageScore() {
        return averageScore;
    }

    public BigDecimal getCapMaxScore() {
        return capMaxScore;
    }

    public CapReading getCapAppliesTo() {
        return capAppliesTo;
    }

    public boolean isCapApplied() {
        return capApplied;
    }

    public BigDecimal getFinalScore() {
        return finalScore;
    }

    public Grade getGrade() {
        return grade;
    }

    public QuarterlyStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    public List<EvaluatorScore> getScores() {
        return List.copyOf(scores);
    }
}
