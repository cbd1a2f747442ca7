package kz.bagalau.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import kz.bagalau.security.AuditTrail;
import kz.bagalau.security.CurrentUser;
import kz.bagalau.web.BadRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/calendar}: deadlines and the year's calendar for every logged-in user; changing a year, its audit and
 * the missing-year warnings for administrators.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    /** How the audit trail names a calendar year (the before/after data stay in calendar_audit). */
    static final String AUDIT_TYPE = "CALENDAR_YEAR";

    /** A year and a day: no deadline of the methodology counts further. */
    static final int MAX_ADD = 366;

    record WorkingDayAnswer(LocalDate from, int add, LocalDate date) {}

    record YearDays(int year, boolean actLoaded, LocalDate kurbanAit, String act, List<CalendarDay> days) {}

    record YearSummary(int year, LocalDate kurbanAit, String act, List<LocalDate> daysOff,
                       List<LocalDate> workingDays) {}

    record YearRequest(LocalDate kurbanAit, String act, List<LocalDate> daysOff, List<LocalDate> workingDays,
                       String reason) {}

    record Warnings(List<MissingYears.MissingYear> missingYears, List<Integer> comingYearsWithoutAct) {}

    private final WorkingDays workingDays;
    private final CalendarStore store;
    private final CalendarAdministration administration;
    private final MissingYears missingYears;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    CalendarController(WorkingDays workingDays, CalendarStore store, CalendarAdministration administration,
                       MissingYears missingYears, CurrentUser currentUser, AuditTrail audit) {
        this.audit = audit;
        this.workingDays = workingDays;
        this.store = store;
        this.administration = administration;
        this.missingYears = missingYears;
        this.currentUser = currentUser;
    }

    /** The {@code add}-th working day after {@code from}; {@code add=0}: {@code from} or the next working day. */
    @GetMapping("/working-days")
    WorkingDayAnswer workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam int add) {
        if (add < 0 || add > MAX_ADD) {
            throw new BadRequestException("Parameter 'add' must be between 0 and " + MAX_ADD + ", was " + add);
        }
        checkYear(from.getYear());
        return new WorkingDayAnswer(from, add, workingDays.addWorkingDays(from, add));
    }

    /** Every day of the year that is not an ordinary working weekday or weekend, with its kind and source. */
    @GetMapping("/days")
    YearDays days(@RequestParam int year) {
        YearCalendar calendar = workingDays.calendarOf(checkYear(year));
        YearAct act = calendar.act();
        return new YearDays(year, calendar.actLoaded(), act == null ? null : act.kurbanAit(),
                act == null ? null : act.act(), calendar.nonStandardDays());
    }

    @GetMapping("/years")
    List<YearSummary> years() {
        return store.acts().stream().map(CalendarController::summary).toList();
    }

    @PutMapping("/years/{year}")
    YearSummary putYear(@PathVariable int year, @RequestBody YearRequest request) {
        if (!currentUser.isAdmin()) {
            audit.denied(AUDIT_TYPE, String.valueOf(year), null);
            currentUser.requireAdmin();
        }
        checkYear(year);
        YearAct act = YearAct.of(year, request.kurbanAit(), request.act() == null ? null : request.act().trim(),
                request.daysOff(), request.workingDays());
        return summary(administration.save(act, currentUser.idOrSystem(), request.reason()));
    }

    @GetMapping("/audit")
    List<CalendarAuditEntity.View> audit(@RequestParam(required = false) Integer year) {
        currentUser.requireAdmin();
        return administration.audit(year);
    }

    /** Years computed by statute only since start-up, and the current and next year when their act is missing. */
    @GetMapping("/warnings")
    Warnings warnings() {
        currentUser.requireAdmin();
        int thisYear = LocalDate.now(workingDays.defaultZone()).getYear();
        List<Integer> coming = IntStream.rangeClosed(thisYear, thisYear + 1)
                .filter(y -> !workingDays.calendarOf(y).actLoaded()).boxed().toList();
        return new Warnings(missingYears.list(), coming);
    }

    private static YearSummary summary(YearAct act) {
        return new YearSummary(act.year(), act.kurbanAit(), act.act(), List.copyOf(act.daysOff()),
                List.copyOf(act.workingDays()));
    }

    private static int checkYear(int year) {
        if (year < WorkingDays.MIN_YEAR || year > WorkingDays.MAX_YEAR) {
            throw new BadRequestException("Year must be between " + WorkingDays.MIN_YEAR + " and "
                    + WorkingDays.MAX_YEAR + ", was " + year);
        }
        return year;
    }
}
