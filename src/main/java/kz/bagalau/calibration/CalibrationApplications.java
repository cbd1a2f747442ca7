package kz.bagalau.calibration;

import java.time.Instant;
import java.util.Optional;

import kz.bagalau.web.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives applications for a calibration session. The 5-working-day window itself is the
 * timer of the quarterly evaluation (003 §12, 004 §11): a late application never reaches here.
 */
@Service
@Transactional
public class CalibrationApplications {

    private final CalibrationApplicationRepository repository;

    CalibrationApplications(CalibrationApplicationRepository repository) {
        this.repository = repository;
    }

    public CalibrationApplication apply(String organisationCode, String servantLogin, int year, int quarter,
                                        String quarterlyKey, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("Write why you disagree with the result: the application states it "
                    + "(003 §12, 004 §11)");
        }
        if (repository.findByServantLoginAndYearAndQuarter(servantLogin, year, quarter).isPresent()) {
            throw new BadRequestException("An application for " + year + "-Q" + quarter + " exists already");
        }
        return repository.save(new CalibrationApplication(organisationCode, servantLogin, year, quarter, quarterlyKey,
                Instant.now(), reason.trim()));
    }

    @Transactional(readOnly = true)
    public Optional<CalibrationApplication> find(String servantLogin, int year, int quarter) {
        return repository.findByServantLoginAndYearAndQuarter(servantLogin, year, quarter);
    }
}
