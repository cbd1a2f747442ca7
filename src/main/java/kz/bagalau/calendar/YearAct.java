package kz.bagalau.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a year needs beyond the statute: the first day of Kurban Ait and the extra transfers of the year's act
 * (a decree of the Government until 2023, an order of the Minister of Labour from 2024).
 *
 * @param year        the calendar year
 * @param kurbanAit   first day of Kurban Ait, a religious holiday that never moves
 * @param act         citation of the act (and of the Kurban Ait date's source)
 * @param daysOff     weekdays the act makes days off
 * @param workingDays Saturdays and Sundays the act makes working days
 */
record YearAct(int year, LocalDate kurbanAit, String act, SortedSet<LocalDate> daysOff,
               SortedSet<LocalDate> workingDays) {

    YearAct {
        daysOff = sorted(daysOff);
        workingDays = sorted(workingDays);
    }

    static YearAct of(int year, LocalDate kurbanAit, String act, Collection<LocalDate> daysOff,
                      Collection<LocalDate> workingDays) {
        return new YearAct(year, kurbanAit, act, sorted(daysOff), sorted(workingDays));
    }

    private static SortedSet<LocalDate> sorted(Collection<LocalDate> days) {
        return days == null ? new TreeSet<>() : new TreeSet<>(days);
    }

    /**
     * What is wrong with this year's data, checked against the statute; empty when it can be loaded.
     * A transfer must change something: a listed day off must be a working day by statute and a listed working
     * day a Saturday or Sunday that is not a holiday.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (kurbanAit == null) {
            problems.add("the first day of Kurban Ait is required");
        } else if (kurbanAit.getYear() != year) {
            problems.add("Kurban Ait " + kurbanAit + " is not in " + year);
        }
        if (act == null || act.isBlank()) {
            problems.add("the act (citation) is required");
        }
        YearCalendar statute = YearCalendar.of(year, YearAct.of(year, kurbanAit != null && kurbanAit.getYear() == year
                ? kurbanAit : null, act, List.of(), List.of()));
        for (LocalDate d : daysOff) {
            if (d.getYear() != year) {
                problems.add("day off " + d + " is not in " + year);
            } else if (!statute.isWorkingDay(d)) {
                problems.add("day off " + d + " is not a working day by statute ("
                        + statute.describe(d) + "); list only the act's extra transfers");
            }
        }
        for (LocalDate d : workingDays) {
            if (d.getYear() != year) {
                problems.add("working day " + d + " is not in " + year);
            } else if (!YearCalendar.isWeekend(d) || statute.day(d) != null) {
                problems.add("working day " + d + " must be a Saturday or Sunday that is not a holiday ("
                        + statute.describe(d) + ")");
            }
        }
        if (daysOff.stream().anyMatch(workingDays::contains)) {
            problems.add("a day cannot be both a day off and a working day");
        }
        return problems;
    }

    /** One line for audit records and logs. */
    String summary() {
        return "kurbanAit=" + kurbanAit + "; daysOff=" + daysOff + "; workingDays=" + workingDays + "; act=" + act;
    }
}
