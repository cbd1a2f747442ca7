package kz.bagalau.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_ScheduleMonitoring}: the next quarter whose KPIs the direct supervisor monitors
 * (000 §16). Quarters 1 to 3 are monitored when each ends; the fourth quarter is covered by the yearly KPI
 * sheet (000 §17). Quarters that ended before the plan was approved are skipped. Sets
 * {@code monitoringQuarter}, {@code quarterEnd} (ISO date), {@code monitoringAt} (the timer: the first moment
 * after the quarter) and {@code monitoringDone}.
 */
@Component("scheduleKpiMonitoring")
class ScheduleKpiMonitoring implements JavaDelegate {

    static final int LAST_MONITORED_QUARTER = 3;

    @Override
    public void execute(DelegateExecution execution) {
        int year = YearVariables.year(execution);
        ZoneId zone = ZoneId.of((String) execution.getVariable("timeZone"));
        LocalDate today = YearVariables.now().toInstant().atZone(zone).toLocalDate();
        Object last = execution.getVariable("monitoringQuarter");
        int next = last == null ? 1 : ((Number) last).intValue() + 1;
        while (next <= LAST_MONITORED_QUARTER && quarterEnd(year, next).isBefore(today)) {
            next++;
        }
        if (next > LAST_MONITORED_QUARTER) {
            execution.setVariable("monitoringDone", true);
            return;
        }
        LocalDate end = quarterEnd(year, next);
        execution.setVariable("monitoringDone", false);
        execution.setVariable("monitoringQuarter", next);
        execution.setVariable("quarterEnd", end.toString());
        execution.setVariable("monitoringAt", Date.from(end.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    static LocalDate quarterEnd(int year, int quarter) {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }
}
