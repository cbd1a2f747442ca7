package kz.bagalau.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import kz.bagalau.security.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the calendar: the loaded years, the warnings about missing ones, and the {@code workingDays} bean. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    CalendarStore calendarStore(CalendarYearRepository years,
                                @Value("${bagalau.calendar.refresh-interval:PT1M}") Duration refreshInterval) {
        return new CalendarStore(() -> years.findAll().stream().map(CalendarYearEntity::toAct).toList(),
                refreshInterval, Clock.systemUTC());
    }

    @Bean
    MissingYears calendarMissingYears() {
        return new MissingYears(Clock.systemUTC());
    }

    /** The name is the API: BPMN expressions say {@code ${workingDays.after(...)}}. */
    @Bean("workingDays")
    WorkingDays workingDays(CalendarStore store, MissingYears missingYears,
                            @Value("${bagalau.default-time-zone:Asia/Almaty}") String defaultTimeZone) {
        return new WorkingDays(store, missingYears, ZoneId.of(defaultTimeZone));
    }

    @Bean
    CalendarAdministration calendarAdministration(CalendarYearRepository years, CalendarAuditRepository audits,
                                                  CalendarStore store, AuditTrail auditTrail) {
        return new CalendarAdministration(years, audits, store, Clock.systemUTC(), auditTrail);
    }

    /** Shipped years are in the database before the job executor starts firing timers (idempotent). */
    @Bean
    ApplicationRunner shippedCalendarLoader(CalendarAdministration administration) {
        return args -> administration.loadShipped(ShippedCalendar.read());
    }
}
