package kz.bagalau.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Date;
import java.util.Objects;

/**
 * Legal deadlines counted in working days («жұмыс күні» / «рабочий день») of Kazakhstan, and the calendar-date
 * deadlines of the methodology (methodology.md §Deadlines). Registered as the bean {@code workingDays} for BPMN,
 * e.g. {@code camunda:dueDate="${workingDays.after(returnedAt, 2)}"}.
 * <p>
 * "Within N working days after an event": counting starts the day after the event and the deadline is the end
 * (23:59:59.999) of the N-th working day in the organisation's time zone. A year whose act is not loaded is
 * computed by statute and reported ({@code GET /api/calendar/warnings}, incident {@code calendar-year-missing}).
 */
public class WorkingDays {

    /** The years the calendar answers for; outside them a date is almost certainly a typing error. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);

    private final CalendarStore store;
    private final MissingYears missingYears;
    private final ZoneId defaultZone;

    WorkingDays(CalendarStore store, MissingYears missingYears, ZoneId defaultZone) {
        this.store = store;
        this.missingYears = missingYears;
        this.defaultZone = defaultZone;
    }

    /** The organisations' default time zone (property {@code bagalau.default-time-zone}). */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return needed(day.getYear()).isWorkingDay(day);
    }

    /**
     * The {@code n}-th working day counted from the day after {@code from} ("within n working days after from").
     * {@code n = 0} has no legal reading; it answers {@code from} when that is a working day, else the next working
     * day, so that "the working day of the event" is well defined.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 0) {
            throw new IllegalArgumentException("The number of working days must not be negative, was " + n);
        }
        YearCalendar calendar = needed(from.getYear());
        LocalDate day = from;
        if (n == 0) {
            while (!calendar.isWorkingDay(day)) {
                day = day.plusDays(1);
                calendar = sameOrNext(calendar, day);
            }
            return day;
        }
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            calendar = sameOrNext(calendar, day);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** How many working days lie between the two days, both included (e.g. "at least 15 working days"). */
    public int workingDaysBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromInclusive)) {
            throw new IllegalArgumentException("The period ends (" + toInclusive + ") before it starts ("
                    + fromInclusive + ")");
        }
        YearCalendar calendar = needed(fromInclusive.getYear());
        int count = 0;
        for (LocalDate d = fromInclusive; !d.isAfter(toInclusive); d = d.plusDays(1)) {
            calendar = sameOrNext(calendar, d);
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The deadline "within {@code n} working days after {@code event}": the end of that working day in the default
     * time zone. {@code event} may be a {@link Date}, {@link Instant}, {@link LocalDate}, {@link LocalDateTime},
     * {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Calendar} or an ISO-8601 string of any of them.
     */
    public Date after(Object event, int n) {
        return after(event, n, defaultZone);
    }

    /** As {@link #after(Object, int)} in the time zone {@code zoneId}, e.g. {@code "Asia/Aqtobe"}. */
    public Date after(Object event, int n, String zoneId) {
        return after(event, n, zone(zoneId));
    }

    /**
     * "No later than the {@code day}-th of the month after the quarter" (003 §4, 004 §5): the end of that calendar
     * day in the default time zone; the 4th quarter's month is January of the next year. Calendar dates do not move
     * to a working day.
     */
    public Date dayOfMonthAfterQuarter(int year, int quarter, int day) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("The quarter must be 1 to 4, was " + quarter);
        }
        LocalDate monthAfter = LocalDate.of(checkedYear(year), quarter * 3, 1).plusMonths(1);
        return endOfDay(dayOf(monthAfter.getYear(), monthAfter.getMonthValue(), day), defaultZone);
    }

    /** "No later than {@code day} {@code month} of the next year" (004 §5: 30 January): the end of that day. */
    public Date dayOfMonthAfterYear(int year, int month, int day) {
        return endOfDay(dayOf(checkedYear(year) + 1, month, day), defaultZone);
    }

    /** The end (23:59:59.999) of the day of {@code date} in the default time zone; same argument types as after. */
    public Date endOfDay(Object date) {
        return endOfDay(localDate(date, defaultZone), defaultZone);
    }

    /** As {@link #endOfDay(Object)} in the time zone {@code zoneId}. */
    public Date endOfDay(Object date, String zoneId) {
        ZoneId zone = zone(zoneId);
        return endOfDay(localDate(date, zone), zone);
    }

    /** The year's calendar for display: does not count as a computation that needs the year. */
    YearCalendar calendarOf(int year) {
        return store.year(checkedYear(year));
    }

    private Date after(Object event, int n, ZoneId zone) {
        return endOfDay(addWorkingDays(localDate(event, zone), n), zone);
    }

    private YearCalendar needed(int year) {
        YearCalendar calendar = store.year(checkedYear(year));
        if (!calendar.actLoaded()) {
            missingYears.touched(year);
        }
        return calendar;
    }

    private YearCalendar sameOrNext(YearCalendar calendar, LocalDate day) {
        return calendar.year() == day.getYear() ? calendar : needed(day.getYear());
    }

    private static int checkedYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("The working-day calendar covers " + MIN_YEAR + " to " + MAX_YEAR
                    + ", not " + year);
        }
        return year;
    }

    private static LocalDate dayOf(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Not a date: year " + year + ", month " + month + ", day " + day, e);
        }
    }

    private static Date endOfDay(LocalDate day, ZoneId zone) {
        return Date.from(day.atTime(END_OF_DAY).atZone(zone).toInstant());
    }

    private static ZoneId zone(String zoneId) {
        try {
            return ZoneId.of(Objects.requireNonNull(zoneId, "zoneId"));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone '" + zoneId + "'", e);
        }
    }

    /** The organisation's calendar day on which {@code value} happened. */
    static LocalDate localDate(Object value, ZoneId zone) {
        if (value == null) {
            throw new IllegalArgumentException("The event date is missing (null)");
        }
        if (value instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof Calendar calendar) {
            return calendar.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.atZoneSameInstant(zone).toLocalDate();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.withZoneSameInstant(zone).toLocalDate();
        }
        if (value instanceof CharSequence text) {
            return parse(text.toString().trim(), zone);
        }
        throw new IllegalArgumentException("Cannot read a date from a " + value.getClass().getName() + ": " + value);
    }

    private static LocalDate parse(String text, ZoneId zone) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof ZonedDateTime z ? z.withZoneSameInstant(zone).toLocalDate()
                    : ((LocalDateTime) parsed).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO-8601 date or date-time: '" + text + "'", e);
        }
    }
}
