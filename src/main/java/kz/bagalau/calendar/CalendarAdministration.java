package kz.bagalau.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import kz.bagalau.calendar.CalendarYearEntity.Origin;
import kz.bagalau.security.AuditTrail;
import kz.bagalau.web.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Changes of the per-year calendar data, each audited: an administrator's correction at run time, and the years
 * shipped with a release. A year an administrator changed is never overwritten by shipped data.
 */
class CalendarAdministration {

    private static final Logger log = LoggerFactory.getLogger(CalendarAdministration.class);

    static final String SYSTEM = "system";

    private final CalendarYearRepository years;
    private final CalendarAuditRepository audits;
    private final CalendarStore store;
    private final Clock clock;
    private final AuditTrail auditTrail;

    CalendarAdministration(CalendarYearRepository years, CalendarAuditRepository audits, CalendarStore store,
                           Clock clock, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.years = years;
        this.audits = audits;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Adds or replaces a year on an administrator's behalf.
     *
     * @throws BadRequestException when the reason is missing or the data contradicts the statute
     */
    @Transactional
    public YearAct save(YearAct act, String who, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("A reason is required for every change of the calendar");
        }
        List<String> problems = act.problems();
        if (!problems.isEmpty()) {
            throw new BadRequestException("Calendar " + act.year() + ": " + String.join("; ", problems));
        }
        write(act, Origin.ADMIN, who, reason.trim());
        // The trail says who changed which year and why; calendar_audit keeps the data before and after.
        auditTrail.changed(CalendarController.AUDIT_TYPE, String.valueOf(act.year()), null, reason.trim());
        return act;
    }

    /** Loads the shipped years that are absent, and updates shipped years that no administrator has changed. */
    @Transactional
    public void loadShipped(List<YearAct> shipped) {
        for (YearAct act : shipped) {
            var existing = years.findByYearNumber(act.year());
            if (existing.isEmpty()) {
                write(act, Origin.SHIPPED, SYSTEM, "Shipped with the release (" + ShippedCalendar.RESOURCE + ")");
            } else if (!existing.get().toAct().equals(act)) {
                if (existing.get().origin() == Origin.SHIPPED) {
                    write(act, Origin.SHIPPED, SYSTEM, "Corrected in the release (" + ShippedCalendar.RESOURCE + ")");
                } else {
                    log.info("Calendar {}: keeping the administrator's data, which differs from {}", act.year(),
                            ShippedCalendar.RESOURCE);
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public List<YearAct> loadAll() {
        return years.findAll().stream().map(CalendarYearEntity::toAct).toList();
    }

    @Transactional(readOnly = true)
    public List<CalendarAuditEntity.View> audit(Integer year) {
        var entries = year == null ? audits.findAllByOrderByChangedAtDescIdDesc()
                : audits.findByYearNumberOrderByChangedAtDescIdDesc(year);
        return entries.stream().map(CalendarAuditEntity::view).toList();
    }

    private void write(YearAct act, Origin origin, String who, String reason) {
        CalendarYearEntity entity = years.findByYearNumber(act.year()).orElseGet(() -> new CalendarYearEntity(act.year()));
        String previous = entity.origin() == null ? null : entity.toAct().summary();
        var now = clock.instant();
        entity.update(act, origin, Objects.requireNonNull(who, "who"), now);
        years.save(entity);
        audits.save(new CalendarAuditEntity(act.year(), now, who, reason, previous, act.summary()));
        log.info("Calendar {} {} by {}: {}", act.year(), previous == null ? "added" : "changed", who, reason);
        invalidateAfterCommit();
    }

    private void invalidateAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            store.invalidate();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.invalidate();
            }
        });
    }
}
