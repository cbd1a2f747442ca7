package kz.bagalau.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    Optional<WorkPlan> findByServantLoginAndYear(String servantLogin, int year);

    List<WorkPlan> findByOrganisationCodeAndYearOrderByServantLogin(String organisationCode, int year);
}
