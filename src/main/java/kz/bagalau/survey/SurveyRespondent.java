package kz.bagalau.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A respondent of a survey and whether they have answered — the completion flag that refuses a second answer.
 * It never holds the answer, nor when it was given.
 */
@Entity
@Table(name = "survey_360_respondent")
class SurveyRespondent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long surveyId;
    private String respondentLogin;
    @Enumerated(EnumType.STRING)
    private RespondentSelection.Relation relation;
    private boolean answered;

    protected SurveyRespondent() {
    }

    SurveyRespondent(Long surveyId, String respondentLogin, RespondentSelection.Relation relation) {
        this.surveyId = surveyId;
        this.respondentLogin = respondentLogin;
        this.relation = relation;
    }

    String getRespondentLogin() { return respondentLogin; }
    RespondentSelection.Relation getRelation() { return relation; }
    boolean isAnswered() { return answered; }

    void markAnswered() { this.answered = true; }
}
