package kz.bagalau.scorecard;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One evaluator's («бағалаушы тұлға» / «оценивающее лицо») score for one parameter, with the comment. */
@Entity
@Table(name = "scorecard_score")
public class EvaluatorScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "result_id", nullable = false)
    private QuarterlyResult result;

    @Column(name = "evaluator_login", nullable = false, length = 64)
    private String evaluatorLogin;

    @Column(name = "parameter_number", nullable = false)
    private int parameterNumber;

    @Column(nullable = false)
    private int score;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected EvaluatorScore() {
    }

    EvaluatorScore(QuarterlyResult result, String evaluatorLogin, ParameterScore score, Instant now) {
        this.result = result;
        this.evaluatorLogin = evaluatorLogin;
        this.parameterNumber = score.parameter();
        rescore(score, now);
    }

    void rescore(ParameterScore score, Instant now) {
        this.score = score.score().intValueExact();
        this.comment = score.comment() == null || score.comment().isBlank() ? null : score.comment().strip();
        this.scoredAt = now;
    }

    ParameterScore toParameterScore() {
        return new ParameterScore(parameterNumber, BigDecimal.valueOf(score), comment);
    }

    public Long getId() {
        return id;
    }

    public String getEvaluatorLogin() {
        return evaluatorLogin;
    }

    public int getParameterNumber() {
        return parameterNumber;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
