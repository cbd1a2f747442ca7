package kz.bagalau.scorecard;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuarterlyResultRepository extends JpaRepository<QuarterlyResult, Long> {

    Optional<QuarterlyResult> findByServantLoginAndYearAndQuarter(String servantLogin, int year, int quarter);

    List<QuarterlyResult> findByServantLoginAndYearOrderByQuarterAsc(String servantLogin, int year);

    List<QuarterlyResult> findByOrganisationCodeAndYear(String organisationCode, int year);
}
