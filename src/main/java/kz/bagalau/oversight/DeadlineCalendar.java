package kz.bagalau.oversight;

import java.time.LocalDate;

/**
 * The working-day calendar as deadline oversight needs it: whether a day is a working day
 * («жұмыс күні» / «рабочий день») in Kazakhstan. Without a bean of this type oversight counts
 * Monday to Friday; the application wires it to the {@code calendar} feature so that public
 * holidays and transferred days count too.
 */
@FunctionalInterface
public interface DeadlineCalendar {

    boolean isWorkingDay(LocalDate day);
}
