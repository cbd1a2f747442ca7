package kz.bagalau.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers {@link WorkingDayBusinessCalendar} as the engine's "dueDate" and "duration" calendars (user-task due
 * and follow-up dates, timer dates and durations). The manager is replaced, so "cycle" is registered again.
 */
@Component
class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

    // Lazy: the engine is configured before the calendar's JPA repositories exist.
    private final ObjectProvider<WorkingDays> workingDays;

    WorkingDayCalendarPlugin(ObjectProvider<WorkingDays> workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(workingDays::getObject, new DueDateBusinessCalendar()));
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(workingDays::getObject, new DurationBusinessCalendar()));
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }
}
