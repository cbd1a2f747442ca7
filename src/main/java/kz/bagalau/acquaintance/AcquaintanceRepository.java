package kz.bagalau.acquaintance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AcquaintanceRepository extends JpaRepository<Acquaintance, Long> {
    List<Acquaintance> findBySubjectKeyOrderByAcquaintedAt(String subjectKey);
}
