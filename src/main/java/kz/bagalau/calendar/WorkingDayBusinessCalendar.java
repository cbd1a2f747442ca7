package kz.bagalau.calendar;

import java.util.Date;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Lets process owners write working-day deadlines as plain text in Modeler: {@code camunda:dueDate="2 working
 * days"}, a timer duration {@code 10 working days}, or the same in Russian/Kazakh ({@code 2 рабочих дня},
 * {@code 2 жұмыс күні}). The deadline is the end of the N-th working day after now, as
 * {@link WorkingDays#after(Object, int)}. Anything else (ISO {@code P2D}, dates) goes to the engine's own calendar.
 */
final class WorkingDayBusinessCalendar implements BusinessCalendar {

    static final Pattern WORKING_DAYS = Pattern.compile(
            "\\s*(\\d{1,3})\\s+(working\\s+days?|wd|рабоч(?:их|ий|его)\\s+(?:дн(?:ей|я)|день)|жұмыс\\s+күн\\S*)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Supplier<WorkingDays> workingDays;
    private final BusinessCalendar fallback;

    WorkingDayBusinessCalendar(Supplier<WorkingDays> workingDays, BusinessCalendar fallback) {
        this.workingDays = workingDays;
        this.fallback = fallback;
    }

    @Override
    public Date resolveDuedate(String duedateDescription) {
        return resolveDuedate(duedateDescription, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Task task) {
        Matcher m = WORKING_DAYS.matcher(duedateDescription);
        return m.matches() ? workingDays.get().after(ClockUtil.getCurrentTime(), Integer.parseInt(m.group(1)))
                : fallback.resolveDuedate(duedateDescription, task);
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Date startDate) {
        Matcher m = WORKING_DAYS.matcher(duedateDescription);
        if (!m.matches()) {
            return startDate == null ? fallback.resolveDuedate(duedateDescription)
                    : fallback.resolveDuedate(duedateDescription, startDate);
        }
        Date start = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        return workingDays.get().after(start, Integer.parseInt(m.group(1)));
    }
}
