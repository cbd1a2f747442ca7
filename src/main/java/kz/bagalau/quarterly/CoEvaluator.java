package kz.bagalau.quarterly;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A corps "B" servant designated by an evaluator to evaluate too, when the evaluator has more than
 * 20 persons to evaluate (004 §18) or more than 50 (003 §31).
 */
@Entity
class CoEvaluator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String organisationCode;
    private String evaluatorLogin;
    private String coEvaluatorLogin;
    private String designatedBy;
    private Instant designatedAt;

    protected CoEvaluator() {
    }

    CoEvaluator(String organisationCode, String evaluatorLogin, String coEvaluatorLogin, String designatedBy) {
        this.organisationCode = organisationCode;
        this.evaluatorLogin = evaluatorLogin;
        this.coEvaluatorLogin = coEvaluatorLogin;
        this.designatedBy = designatedBy;
        this.designatedAt = Instant.now();
    }

    String getCoEvaluatorLogin() { return coEvaluatorLogin; }
}
