package kz.bagalau.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KpiSheetRepository extends JpaRepository<KpiSheet, Long> {

    Optional<KpiSheet> findByServantLoginAndYear(String servantLogin, int year);

    List<KpiSheet> findByOrganisationCodeAndYearAndStatusOrderByServantLogin(String organisationCode, int year,
                                                                            String status);
}
