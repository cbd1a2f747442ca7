package kz.bagalau.calibration;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;

import kz.bagalau.web.BadRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives applications for a calibration session, in free form, to the authorized person, within 5 working
 * days after acquaintance (003 §12, 004 §11). The window is the due date of the quarterly evaluation's task
 * {@code Task_CalibrationWindow}, whose timer closes it; an application that arrives after that moment — the
 * 6th working day, before the timer ran — is refused with the reason.
 */
@Service
@Transactional
public class CalibrationApplications {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Almaty"));

    private final CalibrationApplicationRepository repository;

    CalibrationApplications(CalibrationApplicationRepository repository) {
        this.repository = repository;
    }

    /**
     * @param windowClosesAt the end of the 5th working day after acquaintance; {@code null} when not known
     */
    public CalibrationApplication apply(String organisationCode, String servantLogin, int year, int quarter,
                                        String quarterlyKey, String reason, Date windowClosesAt) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (windowClosesAt != null && now.isAfter(windowClosesAt.toInstant())) {
            throw new BadRequestException(windowClosed(windowClosesAt));
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("Write why you disagree with the result: the application states it "
                    + "(003 §12, 004 §11)");
        }
        if (repository.findByServantLoginAndYearAndQuarter(servantLogin, year, quarter).isPresent()) {
            throw new BadRequestException("An application for " + year + "-Q" + quarter + " exists already");
        }
        return repository.save(new CalibrationApplication(organisationCode, servantLogin, year, quarter, quarterlyKey,
                now, reason.trim()));
    }

    /** The refusal of a late application, with the moment the window closed. */
    static String windowClosed(Date closedAt) {
        return "The application is late: the 5 working days after acquaintance ended at "
                + WHEN.format(closedAt.toInstant()) + " / Заявление подано после истечения пяти рабочих дней со дня "
                + "ознакомления (003 §12, 004 §11)";
    }

    @Transactional(readOnly = true)
    public Optional<CalibrationApplication> find(String servantLogin, int year, int quarter) {
        return repository.findByServantLoginAndYearAndQuarter(servantLogin, year, quarter);
    }

    @Transactional(readOnly = true)
    Optional<CalibrationApplication> byId(Long id) {
        return repository.findById(id);
    }

    void markHeld(Long id) {
        repository.findById(id).ifPresent(CalibrationApplication::markHeld);
    }
}
