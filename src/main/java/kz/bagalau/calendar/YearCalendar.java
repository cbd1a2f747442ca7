package kz.bagalau.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;

import kz.bagalau.calendar.CalendarDay.Kind;

/**
 * The working-day calendar of one year: the statute, plus the year's act when it is known.
 * <p>
 * The statutory moves are computed, not taken from the act (methodology.md §Deadlines): a non-religious holiday
 * on a Saturday or Sunday makes the next working day a day off; the holidays are taken in date order and each
 * move skips weekends, holidays and days already given to an earlier move, so 22–23 March on a weekend become
 * the 24th and the 25th. The act is applied on top and may only add transfers ({@link YearAct#problems()}).
 */
final class YearCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final int year;
    private final YearAct act;
    private final NavigableMap<LocalDate, CalendarDay> days;

    private YearCalendar(int year, YearAct act, NavigableMap<LocalDate, CalendarDay> days) {
        this.year = year;
        this.act = act;
        this.days = Collections.unmodifiableNavigableMap(days);
    }

    /** @param act the year's data, or {@code null} when it is not loaded (statute only, Kurban Ait unknown) */
    static YearCalendar of(int year, YearAct act) {
        NavigableMap<LocalDate, CalendarDay> days = new TreeMap<>();
        List<Statute.Holiday> holidays = Statute.holidays(year, act == null ? null : act.kurbanAit());
        for (Statute.Holiday h : holidays) {
            days.put(h.date(), new CalendarDay(h.date(), Kind.HOLIDAY, h.name(), CalendarDay.STATUTE, false));
        }
        for (Statute.Holiday h : holidays) {
            if (h.religious() || !isWeekend(h.date())) {
                continue;
            }
            LocalDate moved = h.date().plusDays(1);
            while (isWeekend(moved) || days.containsKey(moved)) {
                moved = moved.plusDays(1);
            }
            days.put(moved, new CalendarDay(moved, Kind.MOVED_DAY_OFF,
                    "day off for " + h.name() + " of " + DAY.format(h.date()), CalendarDay.STATUTE, false));
        }
        if (act != null) {
            for (LocalDate d : act.daysOff()) {
                days.putIfAbsent(d, new CalendarDay(d, Kind.TRANSFERRED_DAY_OFF, "day off transferred by the act",
                        act.act(), false));
            }
            for (LocalDate d : act.workingDays()) {
                days.putIfAbsent(d, new CalendarDay(d, Kind.WORKING_WEEKEND, "working day transferred by the act",
                        act.act(), true));
            }
        }
        return new YearCalendar(year, act, days);
    }

    static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    int year() {
        return year;
    }

    /** {@code null} when the year's act is not loaded. */
    YearAct act() {
        return act;
    }

    boolean actLoaded() {
        return act != null;
    }

    boolean isWorkingDay(LocalDate d) {
        CalendarDay day = days.get(d);
        return day == null ? !isWeekend(d) : day.working();
    }

    /** The day when it is not ordinary, else {@code null}. */
    CalendarDay day(LocalDate d) {
        return days.get(d);
    }

    List<CalendarDay> nonStandardDays() {
        return List.copyOf(days.values());
    }

    String describe(LocalDate d) {
        CalendarDay day = days.get(d);
        return DAY.format(d) + (day == null ? "" : ", " + day.name());
    }
}
