package kz.bagalau.competency;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompetencySheetRepository extends JpaRepository<CompetencySheet, Long> {

    Optional<CompetencySheet> findByServantLoginAndYear(String servantLogin, int year);
}
