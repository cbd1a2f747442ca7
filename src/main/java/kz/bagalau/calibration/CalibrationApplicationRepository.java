package kz.bagalau.calibration;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalibrationApplicationRepository extends JpaRepository<CalibrationApplication, Long> {
    Optional<CalibrationApplication> findByServantLoginAndYearAndQuarter(String servantLogin, int year, int quarter);
}
