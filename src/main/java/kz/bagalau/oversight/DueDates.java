package kz.bagalau.oversight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import kz.bagalau.calendar.WorkingDays;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Date arithmetic on working days for deadlines, also offered to stored Tasklist filters as the bean
 * {@code dueDates} (e.g. {@code ${dueDates.endOfWorkingDaysFromToday(2)}}). "Now" is the engine's clock.
 */
@Component("dueDates")
public class DueDates {

    private final WorkingDays calendar;
    private final ZoneId zone;

    DueDates(WorkingDays calendar) {
        this.calendar = calendar;
        this.zone = calendar.defaultZone();
    }

    /**
     * The end of the {@code n}-th working day after today (0: the end of today) in the default zone:
     * a task due before this instant is due within {@code n} working days.
     */
    public Date endOfWorkingDaysFromToday(int n) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
        LocalDate day = n == 0 ? today : calendar.addWorkingDays(today, n);
        return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The same time of day {@code n} working days before {@code due}, in {@code zone}. */
    public Date workingDaysBefore(Date due, int n, ZoneId zone) {
        ZonedDateTime at = due.toInstant().atZone(zone);
        for (int counted = 0; counted < n; ) {
            at = at.minusDays(1);
            if (calendar.isWorkingDay(at.toLocalDate())) {
                counted++;
            }
        }
        return Date.from(at.toInstant());
    }

    public ZoneId defaultZone() {
        return zone;
    }
}
