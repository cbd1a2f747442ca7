package kz.bagalau.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Years that a computation needed but whose act is not loaded (methodology.md §Kazakhstan's working-day calendar:
 * "compute it by statute and warn the administrators, never fail silently"). Each such year is logged, listed for
 * administrators ({@code GET /api/calendar/warnings}), and, when the computation runs inside a process execution,
 * raised as a Cockpit incident of type {@value #INCIDENT_TYPE} on that execution.
 * <p>
 * The list is per node and lives until restart; the incidents are in the database and seen by every node.
 */
final class MissingYears {

    static final String INCIDENT_TYPE = "calendar-year-missing";

    private static final Logger log = LoggerFactory.getLogger(MissingYears.class);

    /** A year needed without its act: when it was first and last needed and how often. */
    record MissingYear(int year, Instant firstHit, Instant lastHit, long hits) {}

    private final Map<Integer, MissingYear> years = new ConcurrentHashMap<>();
    private final Clock clock;

    MissingYears(Clock clock) {
        this.clock = clock;
    }

    void touched(int year) {
        Instant now = clock.instant();
        MissingYear hit = years.merge(year, new MissingYear(year, now, now, 1),
                (old, fresh) -> new MissingYear(year, old.firstHit(), now, old.hits() + 1));
        if (hit.hits() == 1) {
            log.warn("Working-day calendar: the act of {} is not loaded; deadlines in {} are computed by statute only "
                    + "(no Kurban Ait, no transfers). An administrator must load the year: PUT /api/calendar/years/{}",
                    year, year, year);
        }
        raiseIncidentInProcess(year);
    }

    List<MissingYear> list() {
        return years.values().stream().sorted(Comparator.comparingInt(MissingYear::year)).toList();
    }

    static String incidentMessage(int year) {
        return "Working-day calendar of " + year + " is not loaded: this deadline was computed by statute only "
                + "(without Kurban Ait and the year's transfers of days off). Load the year's act "
                + "(PUT /api/calendar/years/" + year + ") and check the deadline.";
    }

    private void raiseIncidentInProcess(int year) {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        if (context == null) {
            return;
        }
        ExecutionEntity execution = context.getExecution();
        String configuration = String.valueOf(year);
        try {
            // An incident needs an execution at an activity; one per execution and year is enough.
            if (execution == null || execution.getActivity() == null || execution.getIncidents().stream().anyMatch(
                    i -> INCIDENT_TYPE.equals(i.getIncidentType()) && configuration.equals(i.getConfiguration()))) {
                return;
            }
            execution.createIncident(INCIDENT_TYPE, configuration, incidentMessage(year));
            log.warn("Raised incident {} for {} on execution {} of process instance {}", INCIDENT_TYPE, year,
                    execution.getId(), execution.getProcessInstanceId());
        } catch (RuntimeException e) {
            // The warning must never break the deadline it is about: the log and the list above remain.
            log.warn("Could not raise incident {} for {} on execution {}", INCIDENT_TYPE, year, execution.getId(), e);
        }
    }
}
