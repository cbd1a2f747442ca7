package kz.bagalau.quarterly;

import java.time.LocalDate;
import java.util.Date;

import kz.bagalau.scorecard.QuarterRef;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the quarterly evaluation's start variables: organisation, servant, year, quarter. */
final class QuarterVariables {

    private QuarterVariables() {
    }

    static String organisation(VariableScope scope) {
        return (String) scope.getVariable("organisation");
    }

    static String servant(VariableScope scope) {
        return (String) scope.getVariable("servant");
    }

    static Quarter quarter(VariableScope scope) {
        return new Quarter(integer(scope, "year"), integer(scope, "quarter"));
    }

    static QuarterRef ref(VariableScope scope) {
        Quarter q = quarter(scope);
        return new QuarterRef(organisation(scope), servant(scope), q.year(), q.quarter());
    }

    static int integer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s && s.matches("\\d+")) {
            return Integer.parseInt(s);
        }
        throw new IllegalArgumentException("Variable '" + name + "' must be a whole number, not " + value);
    }

    /** A date variable given as a Date or as ISO text (forms submit dates as "2026-05-04"); null when absent. */
    static LocalDate date(VariableScope scope, String name, java.time.ZoneId zone) {
        Object value = scope.getVariable(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone).toLocalDate();
        }
        String text = value.toString();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD) for " + name);
        }
    }
}
