package kz.bagalau.calendar;

import static java.time.LocalDate.parse;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The official five-day-week calendars of 2025 and 2026 written out by hand from methodology.md §Kazakhstan's
 * working-day calendar, independently of the rules in the code: the weekdays that are not working days and the
 * weekend days that are. Every other weekday works and every other Saturday/Sunday rests.
 */
final class OfficialCalendars {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    record Official(Set<LocalDate> weekdaysOff, Set<LocalDate> workingWeekends) {

        boolean isWorkingDay(LocalDate d) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            return weekend ? workingWeekends.contains(d) : !weekdaysOff.contains(d);
        }
    }

    static final Map<Integer, Official> YEARS = Map.of(
            2025, new Official(Set.of(
                    parse("2025-01-01"), parse("2025-01-02"), // New Year
                    parse("2025-01-03"),                      // act: Sunday 5 January moved to Friday 3 January
                    parse("2025-01-07"),                      // Orthodox Christmas
                    parse("2025-03-10"),                      // for 8 March (Saturday)
                    parse("2025-03-21"),                      // Nauryz (Friday)
                    parse("2025-03-24"), parse("2025-03-25"), // for Nauryz 22-23 March (Saturday-Sunday)
                    parse("2025-05-01"), parse("2025-05-07"), parse("2025-05-09"),
                    parse("2025-06-06"),                      // Kurban Ait (Friday)
                    parse("2025-07-07"),                      // for Capital Day 6 July (Sunday)
                    parse("2025-09-01"),                      // for Constitution Day 30 August (Saturday)
                    parse("2025-10-27"),                      // for Republic Day 25 October (Saturday)
                    parse("2025-12-16")),
                    Set.of(parse("2025-01-05"))),             // act: Sunday 5 January is a working day
            2026, new Official(Set.of(
                    parse("2026-01-01"), parse("2026-01-02"), // New Year
                    parse("2026-01-07"),                      // Orthodox Christmas
                    parse("2026-03-09"),                      // for 8 March (Sunday)
                    parse("2026-03-23"),                      // Nauryz (Monday)
                    parse("2026-03-24"), parse("2026-03-25"), // for Nauryz 21-22 March (Saturday-Sunday)
                    parse("2026-05-01"), parse("2026-05-07"),
                    parse("2026-05-11"),                      // for Victory Day 9 May (Saturday)
                    parse("2026-05-27"),                      // Kurban Ait (Wednesday)
                    parse("2026-07-06"),
                    parse("2026-08-31"),                      // for Constitution Day 30 August (Sunday)
                    parse("2026-10-26"),                      // for Republic Day 25 October (Sunday)
                    parse("2026-12-16")),
                    Set.of()));

    private OfficialCalendars() {
    }

    /** The calendar as shipped, without a database. */
    static WorkingDays shipped() {
        return with(CalendarStore.of(ShippedCalendar.read()), new MissingYears(Clock.systemUTC()));
    }

    static WorkingDays with(CalendarStore store, MissingYears missingYears) {
        return new WorkingDays(store, missingYears, ALMATY);
    }
}
