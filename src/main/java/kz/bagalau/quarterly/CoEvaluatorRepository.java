package kz.bagalau.quarterly;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoEvaluatorRepository extends JpaRepository<CoEvaluator, Long> {

    // A query string, not a derived query: its translation is cached, and it runs for every started evaluation.
    @Query("select c from CoEvaluator c where c.organisationCode = ?1 and c.evaluatorLogin = ?2"
            + " order by c.coEvaluatorLogin")
    List<CoEvaluator> findByOrganisationCodeAndEvaluatorLoginOrderByCoEvaluatorLogin(String organisationCode,
                                                                                      String evaluatorLogin);

    void deleteByOrganisationCodeAndEvaluatorLogin(String organisationCode, String evaluatorLogin);
}
