package kz.bagalau.quarterly;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoEvaluatorRepository extends JpaRepository<CoEvaluator, Long> {
    List<CoEvaluator> findByOrganisationCodeAndEvaluatorLoginOrderByCoEvaluatorLogin(String organisationCode,
                                                                                      String evaluatorLogin);

    void deleteByOrganisationCodeAndEvaluatorLogin(String organisationCode, String evaluatorLogin);
}
