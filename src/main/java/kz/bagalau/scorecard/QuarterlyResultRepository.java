package kz.bagalau.scorecard;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuarterlyResultRepository extends JpaRepository<QuarterlyResult, Long> {

    // Written out rather than derived: Spring Data builds a derived query as a criteria tree on every call and
    // Hibernate translates it anew, while a query string's translation is cached. This one runs several times
    // per started evaluation and per scoring sheet (docs/benchmarks.md).
    @Query("select r from QuarterlyResult r where r.servantLogin = ?1 and r.year = ?2 and r.quarter = ?3")
    Optional<QuarterlyResult> findByServantLoginAndYearAndQuarter(String servantLogin, int year, int quarter);

    List<QuarterlyResult> findByServantLoginAndYearOrderByQuarterAsc(String servantLogin, int year);

    List<QuarterlyResult> findByOrganisationCodeAndYear(String organisationCode, int year);
}
