package kz.bagalau.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The servant's self-assessment of one competency («өзін-өзі бағалау»), shown beside the others', never counted (003 §35). */
@Entity
@Table(name = "survey_360_self_rating")
class SelfRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long surveyId;
    @Enumerated(EnumType.STRING)
    private Competency competency;
    private int rating;

    protected SelfRating() {
    }

    SelfRating(Long surveyId, Competency competency, int rating) {
        this.surveyId = surveyId;
        this.competency = competency;
        this.rating = rating;
    }

    Competency getCompetency() { return competency; }
    int getRating() { return rating; }
}
