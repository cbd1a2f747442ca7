package kz.bagalau.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.GregorianCalendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** methodology.md §Deadlines: "within N WD after an event" counts from the day after; the deadline ends the day. */
class DeadlineArithmeticTests {

    private final WorkingDays workingDays = OfficialCalendars.shipped();

    private static Date endOfDayInAlmaty(String day) {
        return Date.from(ZonedDateTime.of(LocalDate.parse(day).atTime(23, 59, 59, 999_000_000),
                OfficialCalendars.ALMATY).toInstant());
    }

    @ParameterizedTest(name = "{1} WD after {0} is {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-07 | 2  | 2025-03-12 | from a Friday, over the weekend and 10 March (Women's Day moved)
            2025-03-14 | 1  | 2025-03-17 | from a Friday the first working day is Monday
            2025-03-20 | 1  | 2025-03-26 | across Nauryz: 21-25 March are all days off
            2025-03-20 | 2  | 2025-03-27 | across Nauryz, two days
            2024-12-30 | 2  | 2025-01-05 | crossing New Year: 31 Dec, then 1-4 Jan off, Sunday 5 Jan works
            2024-12-31 | 2  | 2025-01-06 | crossing New Year: the working Sunday of the 2025 act counts
            2025-12-31 | 1  | 2026-01-05 | crossing New Year 2026
            2025-12-30 | 5  | 2026-01-09 | ... and over Orthodox Christmas (7 January)
            2025-06-05 | 1  | 2025-06-09 | over Kurban Ait (Friday 6 June)
            2025-01-01 | 10 | 2025-01-17 | ten working days from a holiday: 5 Jan counts, 7 Jan does not
            2026-03-20 | 1  | 2026-03-26 | across Nauryz 2026: 21-25 March are days off
            """)
    void deadlineIsTheNthWorkingDayCountedFromTheDayAfterTheEvent(LocalDate event, int n, LocalDate deadline,
                                                                   String why) {
        assertThat(workingDays.addWorkingDays(event, n)).as(why).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "add=0 from {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-12 | 2025-03-12
            2025-03-08 | 2025-03-11
            2025-03-21 | 2025-03-26
            2025-01-05 | 2025-01-05
            """)
    void zeroWorkingDaysIsTheDayItselfOrTheNextWorkingDay(LocalDate from, LocalDate expected) {
        assertThat(workingDays.addWorkingDays(from, 0)).isEqualTo(expected);
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRefused() {
        assertThatThrownBy(() -> workingDays.addWorkingDays(LocalDate.of(2025, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void theDeadlineIsTheEndOfTheWorkingDayInAlmaty() {
        Date deadline = workingDays.after(LocalDate.of(2025, 3, 7), 2);
        assertThat(deadline).isEqualTo(endOfDayInAlmaty("2025-03-12"));
        assertThat(deadline.toInstant()).isEqualTo(Instant.parse("2025-03-12T18:59:59.999Z"));
    }

    @Test
    void theEventDayIsTheOrganisationsLocalDay() {
        // 20:30 UTC on Friday 7 March is already Saturday 8 March in Almaty (UTC+5).
        Instant lateFriday = Instant.parse("2025-03-07T20:30:00Z");
        assertThat(workingDays.after(Date.from(lateFriday), 1)).isEqualTo(endOfDayInAlmaty("2025-03-11"));
        assertThat(workingDays.after(lateFriday, 1, "UTC"))
                .isEqualTo(Date.from(Instant.parse("2025-03-11T23:59:59.999Z")));
    }

    @Test
    void everyDateTypeOfProcessVariablesIsAccepted() {
        Date expected = endOfDayInAlmaty("2025-03-12");
        ZoneId almaty = OfficialCalendars.ALMATY;
        assertThat(workingDays.after(LocalDate.of(2025, 3, 7), 2)).isEqualTo(expected);
        assertThat(workingDays.after(LocalDateTime.of(2025, 3, 7, 17, 0), 2)).isEqualTo(expected);
        assertThat(workingDays.after(ZonedDateTime.of(2025, 3, 7, 17, 0, 0, 0, almaty), 2)).isEqualTo(expected);
        assertThat(workingDays.after(OffsetDateTime.parse("2025-03-07T17:00:00+05:00"), 2)).isEqualTo(expected);
        assertThat(workingDays.after(Instant.parse("2025-03-07T12:00:00Z"), 2)).isEqualTo(expected);
        assertThat(workingDays.after(java.sql.Date.valueOf("2025-03-07"), 2)).isEqualTo(expected);
        assertThat(workingDays.after(GregorianCalendar.from(ZonedDateTime.of(2025, 3, 7, 9, 0, 0, 0, almaty)), 2))
                .isEqualTo(expected);
        assertThat(workingDays.after("2025-03-07", 2)).isEqualTo(expected);
        assertThat(workingDays.after("2025-03-07T10:15:00", 2)).isEqualTo(expected);
        assertThat(workingDays.after("2025-03-07T10:15:00+05:00", 2)).isEqualTo(expected);
        assertThat(workingDays.after("2025-03-07T05:15:00Z", 2)).isEqualTo(expected);
    }

    @Test
    void aMissingOrUnreadableEventIsAClearError() {
        assertThatThrownBy(() -> workingDays.after(null, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> workingDays.after("7 March", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> workingDays.after(42, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workingDays.after("2025-03-07", 2, "Mars/Olympus"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time zone");
    }

    @Test
    void atLeastFifteenWorkingDaysActuallyWorkedAreCountedWithBothEndsIncluded() {
        // 004 §6. March 2025: 21 weekdays less 10, 21, 24 and 25 March.
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))).isEqualTo(17);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 5))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2025, 1, 4), LocalDate.of(2025, 1, 4))).isZero();
        assertThatThrownBy(() -> workingDays.workingDaysBetween(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "Q{1} {0}, day {2} -> {3}")
    @CsvSource({
            "2025, 1, 20, 2025-04-20",
            "2025, 2, 10, 2025-07-10",
            "2025, 3, 20, 2025-10-20",
            "2025, 4, 20, 2026-01-20",
    })
    void noLaterThanTheDayOfTheMonthAfterTheQuarterIsACalendarDate(int year, int quarter, int day, String date) {
        // 003 §4 (10th), 004 §5 (20th): calendar dates, not moved even when they fall on a day off (20 April 2025 is
        // a Sunday).
        assertThat(workingDays.dayOfMonthAfterQuarter(year, quarter, day)).isEqualTo(endOfDayInAlmaty(date));
    }

    @Test
    void theYearlyGradeIsDueOnThirtyJanuaryOfTheNextYear() {
        // 004 §5
        assertThat(workingDays.dayOfMonthAfterYear(2025, 1, 30)).isEqualTo(endOfDayInAlmaty("2026-01-30"));
    }

    @Test
    void calendarDateDeadlinesRefuseImpossibleDates() {
        assertThatThrownBy(() -> workingDays.dayOfMonthAfterQuarter(2025, 5, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quarter");
        assertThatThrownBy(() -> workingDays.dayOfMonthAfterQuarter(2025, 4, 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a date");
        assertThatThrownBy(() -> workingDays.dayOfMonthAfterYear(2025, 2, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void endOfDayIsTheLastMillisecondOfTheLocalDay() {
        assertThat(workingDays.endOfDay("2025-03-08")).isEqualTo(endOfDayInAlmaty("2025-03-08"));
        assertThat(workingDays.endOfDay(Instant.parse("2025-03-07T20:30:00Z")))
                .isEqualTo(endOfDayInAlmaty("2025-03-08"));
        assertThat(workingDays.endOfDay("2025-03-08", "Asia/Aqtobe"))
                .isEqualTo(Date.from(Instant.parse("2025-03-08T18:59:59.999Z")));
    }
}
