package kz.bagalau.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loaded years, kept in memory because deadlines are computed day by day inside engine commands.
 * Reloaded after a change on this node and, so that every node of a cluster sees an administrator's correction,
 * at the latest after the refresh interval.
 */
final class CalendarStore {

    private static final Logger log = LoggerFactory.getLogger(CalendarStore.class);

    private record Snapshot(Map<Integer, YearAct> acts, Instant loadedAt, Map<Integer, YearCalendar> calendars) {}

    private final Supplier<List<YearAct>> loader;
    private final Duration refreshInterval;
    private final Clock clock;
    private volatile Snapshot snapshot;

    CalendarStore(Supplier<List<YearAct>> loader, Duration refreshInterval, Clock clock) {
        this.loader = loader;
        this.refreshInterval = refreshInterval;
        this.clock = clock;
    }

    /** A store of fixed years that never reloads (tests, tools). */
    static CalendarStore of(List<YearAct> acts) {
        return new CalendarStore(() -> acts, Duration.ofDays(36500), Clock.systemUTC());
    }

    YearCalendar year(int year) {
        Snapshot s = current();
        return s.calendars().computeIfAbsent(year, y -> YearCalendar.of(y, s.acts().get(y)));
    }

    List<YearAct> acts() {
        return current().acts().values().stream().sorted(Comparator.comparingInt(YearAct::year)).toList();
    }

    /** Forget the loaded years; the next question reloads them. */
    void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && clock.instant().isBefore(s.loadedAt().plus(refreshInterval))) {
            return s;
        }
        try {
            Map<Integer, YearAct> acts = loader.get().stream()
                    .collect(Collectors.toUnmodifiableMap(YearAct::year, Function.identity()));
            s = new Snapshot(acts, clock.instant(), new ConcurrentHashMap<>());
        } catch (RuntimeException e) {
            if (s == null) {
                throw e;
            }
            // A deadline must not fail because a refresh failed: keep the years we had and retry next time.
            log.warn("Could not reload the working-day calendar, keeping the years loaded at {}", s.loadedAt(), e);
            return s;
        }
        snapshot = s;
        return s;
    }
}
