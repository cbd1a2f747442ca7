package kz.bagalau.calibration;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalibrationSessionRepository extends JpaRepository<CalibrationSession, Long> {
    Optional<CalibrationSession> findByBusinessKey(String businessKey);
}
