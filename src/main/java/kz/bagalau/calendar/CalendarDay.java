package kz.bagalau.calendar;

import java.time.LocalDate;

/**
 * One day of the year that is not an ordinary Monday–Friday working day or Saturday/Sunday rest day.
 *
 * @param date    the day
 * @param kind    why it is not ordinary
 * @param name    what it is, e.g. "Nauryz (Наурыз мейрамы), 22 March" or "day off for Nauryz of Saturday 22 March"
 * @param source  "statute" for holidays and their statutory moves, otherwise the act that made it so
 * @param working whether the day is a working day
 */
public record CalendarDay(LocalDate date, Kind kind, String name, String source, boolean working) {

    /** Source of everything that follows from the law itself rather than from a yearly act. */
    public static final String STATUTE = "statute";

    public enum Kind {
        /** A public holiday (a day off whatever weekday it falls on). */
        HOLIDAY,
        /** A weekday off because a non-religious holiday fell on a Saturday or Sunday (statutory move). */
        MOVED_DAY_OFF,
        /** A weekday the yearly act made a day off. */
        TRANSFERRED_DAY_OFF,
        /** A Saturday or Sunday the yearly act made a working day. */
        WORKING_WEEKEND
    }
}
