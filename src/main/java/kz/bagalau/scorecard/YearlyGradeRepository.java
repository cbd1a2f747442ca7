package kz.bagalau.scorecard;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface YearlyGradeRepository extends JpaRepository<YearlyGrade, Long> {

    Optional<YearlyGrade> findByServantLoginAndYear(String servantLogin, int year);
}
