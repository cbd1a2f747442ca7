package kz.bagalau.survey;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Survey360Repository extends JpaRepository<Survey360, Long> {
    Optional<Survey360> findByBusinessKey(String businessKey);

    /** Answers to one survey are folded into its tally one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Survey360 s where s.businessKey = ?1")
    Optional<Survey360> lockByBusinessKey(String businessKey);
}

interface SurveyRespondentRepository extends JpaRepository<SurveyRespondent, Long> {
    List<SurveyRespondent> findBySurveyIdOrderByRespondentLogin(Long surveyId);

    Optional<SurveyRespondent> findBySurveyIdAndRespondentLogin(Long surveyId, String respondentLogin);

    void deleteBySurveyId(Long surveyId);
}

interface SelfRatingRepository extends JpaRepository<SelfRating, Long> {
    List<SelfRating> findBySurveyId(Long surveyId);
}

interface SurveyAuditRepository extends JpaRepository<SurveyAudit, Long> {
    List<SurveyAudit> findBySurveyIdOrderByRecordedAt(Long surveyId);
}
