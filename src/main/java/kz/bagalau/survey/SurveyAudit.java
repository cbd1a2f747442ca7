package kz.bagalau.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who changed a survey's respondents or decided about it, when and why (003 §35: HR's choice is audited). */
@Entity
@Table(name = "survey_360_audit")
class SurveyAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long surveyId;
    private String actor;
    private String action;
    private String detail;
    private Instant recordedAt;

    protected SurveyAudit() {
    }

    SurveyAudit(Long surveyId, String actor, String action, String detail, Instant recordedAt) {
        this.surveyId = surveyId;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
        this.recordedAt = recordedAt;
    }

    String getActor() { return actor; }
    String getAction() { return action; }
    String getDetail() { return detail; }
    Instant getRecordedAt() { return recordedAt; }
}
