package kz.bagalau.quarterly;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.Set;

import kz.bagalau.calendar.WorkingDays;
import kz.bagalau.org.Absence;
import kz.bagalau.org.DisciplinarySanction;
import kz.bagalau.org.Servant;
import kz.bagalau.org.SanctionType;
import kz.bagalau.scorecard.EligibilityFacts;
import org.springframework.stereotype.Component;

/**
 * What the organisation model says about a servant in a quarter, in the terms of DMN
 * {@code evaluation-eligibility} and {@code disciplinary-cap}: months in the position, probation,
 * working days actually worked (004 §6), absence at evaluation time, dismissal (003 §6, 004 §7) and
 * the most severe sanction imposed in the quarter (004 appendices 1-2).
 */
@Component
class QuarterFacts {

    private static final Set<SanctionType> REMARK_TO_SEVERE =
            Set.of(SanctionType.REMARK, SanctionType.REPRIMAND, SanctionType.SEVERE_REPRIMAND);

    private final WorkingDays workingDays;

    QuarterFacts(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    EligibilityFacts eligibility(Servant servant, String edition, Quarter quarter, LocalDate evaluatedOn) {
        LocalDate last = quarter.lastDay();
        int months = servant.getAppointedOn().isAfter(last) ? 0
                : (int) Period.between(servant.getAppointedOn(), last.plusDays(1)).toTotalMonths();
        boolean dismissed = servant.getDismissedOn() != null && !servant.getDismissedOn().isAfter(last);
        return new EligibilityFacts(edition, months, servant.isOnProbationOn(last), workedDays(servant, quarter),
                servant.isAbsentOn(evaluatedOn), dismissed);
    }

    /** Working days in the quarter while in the position, less the working days of absences (004 §6). */
    int workedDays(Servant servant, Quarter quarter) {
        LocalDate from = max(quarter.firstDay(), servant.getAppointedOn());
        LocalDate to = servant.getDismissedOn() == null ? quarter.lastDay() : min(quarter.lastDay(), servant.getDismissedOn());
        if (to.isBefore(from)) {
            return 0;
        }
        int worked = workingDays.workingDaysBetween(from, to);
        for (Absence absence : servant.getAbsences()) {
            LocalDate a = max(from, absence.getStartsOn());
            LocalDate b = min(to, absence.getEndsOn());
            if (!b.isBefore(a)) {
                worked -= workingDays.workingDaysBetween(a, b);
            }
        }
        return Math.max(0, worked);
    }

    /**
     * The sanction that caps the quarter: any sanction other than a remark or reprimand caps lowest
     * (1.99), then severe reprimand, reprimand, remark (2.99); {@code NONE} when there was none.
     */
    String sanctionIn(Servant servant, Quarter quarter) {
        return servant.getSanctions().stream()
                .filter(s -> !s.getImposedOn().isBefore(quarter.firstDay()) && !s.getImposedOn().isAfter(quarter.lastDay()))
                .map(DisciplinarySanction::getType)
                .max(Comparator.comparingInt(QuarterFacts::severity))
                .map(Enum::name)
                .orElse("NONE");
    }

    private static int severity(SanctionType type) {
        return REMARK_TO_SEVERE.contains(type) ? type.ordinal() : 100;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
