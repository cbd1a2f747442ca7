package kz.bagalau.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped calendar agrees with the official calendars (methodology.md §Kazakhstan's working-day calendar). */
class OfficialCalendarTests {

    private final WorkingDays workingDays = OfficialCalendars.shipped();

    @ParameterizedTest(name = "{0} working={1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-01 | false | New Year (Wednesday)
            2025-01-02 | false | New Year (Thursday)
            2025-01-03 | false | act 2025: Friday 3 January is a day off
            2025-01-04 | false | Saturday
            2025-01-05 | true  | act 2025: Sunday 5 January is a working day
            2025-01-06 | true  | Monday after the New Year break
            2025-01-07 | false | Orthodox Christmas, never moved
            2025-03-07 | true  | Friday before Women's Day
            2025-03-08 | false | Women's Day on a Saturday
            2025-03-10 | false | Women's Day of Saturday 8 March moved to Monday
            2025-03-11 | true  | Tuesday after the move
            2025-03-21 | false | Nauryz, Friday
            2025-03-22 | false | Nauryz, Saturday
            2025-03-23 | false | Nauryz, Sunday
            2025-03-24 | false | Nauryz of Saturday 22 March moved to Monday
            2025-03-25 | false | Nauryz of Sunday 23 March moved on to Tuesday (Monday is taken)
            2025-03-26 | true  | Wednesday after Nauryz
            2025-05-01 | false | Unity Day, Thursday
            2025-05-02 | true  | Friday between holidays, no act transfer
            2025-05-07 | false | Defender of the Fatherland Day, Wednesday
            2025-05-09 | false | Victory Day, Friday
            2025-06-06 | false | Kurban Ait, Friday
            2025-06-09 | true  | Monday after Kurban Ait: religious holidays never move
            2025-07-06 | false | Capital Day on a Sunday
            2025-07-07 | false | Capital Day moved to Monday
            2025-08-30 | false | Constitution Day on a Saturday
            2025-09-01 | false | Constitution Day moved to Monday
            2025-10-25 | false | Republic Day on a Saturday
            2025-10-27 | false | Republic Day moved to Monday
            2025-12-16 | false | Independence Day, Tuesday
            2025-12-31 | true  | 31 December is a working day
            2026-01-01 | false | New Year (Thursday)
            2026-01-02 | false | New Year (Friday)
            2026-01-05 | true  | Monday: no act transfer in January 2026
            2026-01-07 | false | Orthodox Christmas (Wednesday)
            2026-03-08 | false | Women's Day on a Sunday
            2026-03-09 | false | Women's Day moved to Monday
            2026-03-21 | false | Nauryz, Saturday
            2026-03-22 | false | Nauryz, Sunday
            2026-03-23 | false | Nauryz, Monday
            2026-03-24 | false | Nauryz of Saturday 21 March moved past Monday 23 (a holiday itself) to Tuesday
            2026-03-25 | false | Nauryz of Sunday 22 March moved to Wednesday
            2026-03-26 | true  | Thursday after Nauryz
            2026-05-01 | false | Unity Day, Friday
            2026-05-07 | false | Defender of the Fatherland Day, Thursday
            2026-05-08 | true  | Friday between holidays, no act transfer
            2026-05-09 | false | Victory Day on a Saturday
            2026-05-11 | false | Victory Day moved to Monday
            2026-05-27 | false | Kurban Ait, Wednesday
            2026-05-28 | true  | Thursday after Kurban Ait
            2026-07-06 | false | Capital Day, Monday
            2026-08-30 | false | Constitution Day on a Sunday
            2026-08-31 | false | Constitution Day moved to Monday
            2026-10-25 | false | Republic Day on a Sunday
            2026-10-26 | false | Republic Day moved to Monday
            2026-12-16 | false | Independence Day, Wednesday
            """)
    void everyHolidayAndTransferOf2025And2026(LocalDate day, boolean working, String why) {
        assertThat(workingDays.isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void everyDayOfTheYearMatchesTheOfficialCalendar(int year) {
        OfficialCalendars.Official official = OfficialCalendars.YEARS.get(year);
        List<String> mismatches = new ArrayList<>();
        days(year).forEach(d -> {
            if (workingDays.isWorkingDay(d) != official.isWorkingDay(d)) {
                mismatches.add(d + " " + d.getDayOfWeek());
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theHandWrittenListsContainOnlyWeekdaysOffAndWeekendsWorked() {
        OfficialCalendars.YEARS.values().forEach(o -> {
            assertThat(o.weekdaysOff()).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isLessThan(6));
            assertThat(o.workingWeekends()).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isGreaterThan(5));
        });
    }

    @Test
    void in2026AFiveDayWeekHasFifteenWeekdaysOff() {
        // The official 2026 calendar (egov.kz, as reported in the press): 15 extra days off for a five-day week.
        long weekdaysOff = days(2026).filter(d -> d.getDayOfWeek().getValue() < 6)
                .filter(d -> !workingDays.isWorkingDay(d)).count();
        assertThat(weekdaysOff).isEqualTo(15);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo(261 - 15);
    }

    @ParameterizedTest(name = "{0} working={1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-01-03 | false | New Year 1 January (Sunday) moved past 2 January (a holiday) to Tuesday
            2023-05-08 | false | Defender of the Fatherland Day 7 May (Sunday) moved to Monday
            2023-06-28 | false | Kurban Ait 2023
            2023-07-01 | true  | decree of 25 April 2023: Saturday 1 July is a working day
            2023-07-07 | false | decree of 25 April 2023: Friday 7 July is a day off
            2023-12-18 | false | Independence Day 16 December (Saturday) moved to Monday
            2024-01-08 | true  | Orthodox Christmas on Sunday 7 January 2024 is not moved
            2024-03-25 | false | Nauryz 23 March (Saturday) moved to Monday
            2024-05-04 | true  | order of 17 April 2024: Saturday 4 May is a working day
            2024-05-08 | false | order of 17 April 2024: Wednesday 8 May is a day off
            2024-06-17 | false | Kurban Ait 2024
            2024-07-08 | false | Capital Day 6 July (Saturday) moved to Monday
            """)
    void theVerifiedActsOf2023And2024(LocalDate day, boolean working, String why) {
        assertThat(workingDays.isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @Test
    void theShippedYearsAreExactlyThoseWhoseActWasVerified() {
        assertThat(ShippedCalendar.read()).extracting(YearAct::year).containsExactly(2023, 2024, 2025, 2026);
        assertThat(ShippedCalendar.read()).allSatisfy(a -> assertThat(a.act()).isNotBlank());
    }

    static Stream<LocalDate> days(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1));
    }
}
