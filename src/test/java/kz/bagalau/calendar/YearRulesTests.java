package kz.bagalau.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.bagalau.calendar.CalendarDay.Kind;
import org.junit.jupiter.api.Test;

/**
 * The statutory rules for any year (methodology.md §Deadlines), and what a year's act may say. Years far ahead
 * stand in for "any year"; their Kurban Ait dates are placed to exercise the rules, not real dates.
 */
class YearRulesTests {

    private static YearAct act(int year, String kurbanAit, List<String> daysOff, List<String> workingDays) {
        return YearAct.of(year, LocalDate.parse(kurbanAit), "test act of " + year,
                daysOff.stream().map(LocalDate::parse).toList(), workingDays.stream().map(LocalDate::parse).toList());
    }

    @Test
    void newYearOnAWeekendMovesBothDaysToMondayAndTuesday() {
        // 2033: 1-2 January are Saturday and Sunday.
        YearCalendar y = YearCalendar.of(2033, null);
        assertThat(y.day(LocalDate.of(2033, 1, 3)).kind()).isEqualTo(Kind.MOVED_DAY_OFF);
        assertThat(y.day(LocalDate.of(2033, 1, 4)).kind()).isEqualTo(Kind.MOVED_DAY_OFF);
        assertThat(y.isWorkingDay(LocalDate.of(2033, 1, 5))).isTrue();
    }

    @Test
    void newYearOnASundayMovesPastTheSecondAndChristmasOnASaturdayStays() {
        // 2034: 1 January Sunday -> 3 January (the 2nd is a holiday); Christmas 7 January is a Saturday, not moved.
        YearCalendar y = YearCalendar.of(2034, act(2034, "2034-03-24", List.of(), List.of()));
        assertThat(y.isWorkingDay(LocalDate.of(2034, 1, 2))).isFalse();
        assertThat(y.day(LocalDate.of(2034, 1, 3)).kind()).isEqualTo(Kind.MOVED_DAY_OFF);
        assertThat(y.isWorkingDay(LocalDate.of(2034, 1, 9))).as("Christmas on Saturday is not moved").isTrue();
        // 2034: Nauryz 21-23 March is Tuesday-Thursday; 8 March is Wednesday; Kurban Ait on Friday 24 March.
        assertThat(y.isWorkingDay(LocalDate.of(2034, 3, 24))).isFalse();
        // 2034: 25 March Saturday: no holiday, so Monday 27 March works.
        assertThat(y.isWorkingDay(LocalDate.of(2034, 3, 27))).isTrue();
    }

    @Test
    void aMovedDayOffSkipsKurbanAitWhenItIsTheNextWorkingDay() {
        // Constitution Day 30 August 2031 is a Saturday: with Kurban Ait on Monday 1 September 2031 the move goes to Tuesday 2 September.
        YearCalendar y = YearCalendar.of(2031, act(2031, "2031-09-01", List.of(), List.of()));
        assertThat(y.day(LocalDate.of(2031, 9, 1)).kind()).isEqualTo(Kind.HOLIDAY);
        assertThat(y.day(LocalDate.of(2031, 9, 2)).kind()).isEqualTo(Kind.MOVED_DAY_OFF);
        assertThat(y.isWorkingDay(LocalDate.of(2031, 9, 3))).isTrue();
    }

    @Test
    void kurbanAitOnAWeekendIsNotMoved() {
        // Kurban Ait placed on Saturday 6 March 2032; 8 March 2032 is a Monday holiday, 9 March must work.
        YearCalendar y = YearCalendar.of(2032, act(2032, "2032-03-06", List.of(), List.of()));
        assertThat(y.day(LocalDate.of(2032, 3, 6)).kind()).isEqualTo(Kind.HOLIDAY);
        assertThat(y.isWorkingDay(LocalDate.of(2032, 3, 9))).isTrue();
    }

    @Test
    void theActAddsTransfersWithItsCitationAsSource() {
        YearCalendar y = YearCalendar.of(2032, act(2032, "2032-06-01", List.of("2032-06-04"), List.of("2032-06-12")));
        assertThat(y.day(LocalDate.of(2032, 6, 4))).extracting(CalendarDay::kind, CalendarDay::working,
                CalendarDay::source).containsExactly(Kind.TRANSFERRED_DAY_OFF, false, "test act of 2032");
        assertThat(y.day(LocalDate.of(2032, 6, 12))).extracting(CalendarDay::kind, CalendarDay::working)
                .containsExactly(Kind.WORKING_WEEKEND, true);
        assertThat(y.day(LocalDate.of(2032, 3, 8)).source()).isEqualTo(CalendarDay.STATUTE);
    }

    @Test
    void anActMayNotRestateWhatTheStatuteAlreadySays() {
        // 10 March 2025 is the statutory move of 8 March: listing it again would push nothing but is a misreading.
        YearAct restated = act(2025, "2025-06-06", List.of("2025-03-10"), List.of());
        assertThat(restated.problems()).singleElement().asString().contains("not a working day by statute");
    }

    @Test
    void anActsWorkingDayMustBeAnOrdinaryWeekendDay() {
        assertThat(act(2025, "2025-06-06", List.of(), List.of("2025-01-06")).problems())
                .singleElement().asString().contains("must be a Saturday or Sunday");
        assertThat(act(2025, "2025-06-06", List.of(), List.of("2025-03-22")).problems())
                .as("Nauryz on Saturday 22 March cannot be made a working day").hasSize(1);
    }

    @Test
    void anActNeedsKurbanAitACitationAndDatesInItsYear() {
        YearAct bad = YearAct.of(2025, null, " ", List.of(LocalDate.of(2024, 5, 8)), List.of(LocalDate.of(2026, 1, 3)));
        assertThat(bad.problems()).hasSize(4).anySatisfy(p -> assertThat(p).contains("Kurban Ait"))
                .anySatisfy(p -> assertThat(p).contains("act"))
                .anySatisfy(p -> assertThat(p).contains("2024-05-08 is not in 2025"))
                .anySatisfy(p -> assertThat(p).contains("2026-01-03 is not in 2025"));
    }

    @Test
    void theShippedYearsAreValid() {
        assertThat(ShippedCalendar.read()).allSatisfy(a -> assertThat(a.problems()).isEmpty());
    }

    @Test
    void aYearWithoutItsActIsComputedByStatuteAndReported() {
        MissingYears missing = new MissingYears(Clock.systemUTC());
        WorkingDays workingDays = OfficialCalendars.with(CalendarStore.of(ShippedCalendar.read()), missing);

        // 2027 is not shipped: 8 March 2027 is a Monday holiday, 9 March works by statute.
        assertThat(workingDays.addWorkingDays(LocalDate.of(2027, 3, 5), 1)).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 8))).isFalse();

        assertThat(missing.list()).singleElement().satisfies(m -> {
            assertThat(m.year()).isEqualTo(2027);
            assertThat(m.hits()).isEqualTo(2);
            assertThat(m.lastHit()).isAfterOrEqualTo(m.firstHit());
        });
    }

    @Test
    void aDeadlineThatCrossesIntoAMissingYearReportsThatYear() {
        MissingYears missing = new MissingYears(Clock.systemUTC());
        WorkingDays workingDays = OfficialCalendars.with(CalendarStore.of(ShippedCalendar.read()), missing);

        // 31 December, then 1 January 2027 (Friday) and the statutory move of Saturday 2 January to Monday 4.
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(missing.list()).extracting(MissingYears.MissingYear::year).containsExactly(2027);
    }

    @Test
    void aLoadedYearRaisesNoWarning() {
        MissingYears missing = new MissingYears(Clock.systemUTC());
        OfficialCalendars.with(CalendarStore.of(ShippedCalendar.read()), missing)
                .addWorkingDays(LocalDate.of(2025, 1, 1), 200);
        assertThat(missing.list()).isEmpty();
    }
}
