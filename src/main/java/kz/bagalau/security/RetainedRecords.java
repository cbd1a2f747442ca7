package kz.bagalau.security;

/**
 * One application table whose rows are documents kept 3 years (000 §8, 003 §14, 004 §13) and then deleted by
 * {@link RetentionPurge}. A feature with such a table declares one bean:
 * <pre>{@code
 * @Bean RetainedRecords retainedWorkPlans() { return new RetainedRecords("work_plan", "approved_at", null); }
 * }</pre>
 *
 * @param table     the table
 * @param timestamp the {@code timestamp with time zone} column the 3 years count from
 * @param condition an optional extra SQL condition (e.g. only finished rows), or {@code null}
 */
public record RetainedRecords(String table, String timestamp, String condition) {

    public RetainedRecords {
        if (!table.matches("[a-z_]+") || !timestamp.matches("[a-z_]+")) {
            throw new IllegalArgumentException("table and column names only: " + table + "." + timestamp);
        }
    }

    String deleteStatement() {
        return "delete from " + table + " where " + timestamp + " < ?" + (condition == null ? "" : " and (" + condition + ")");
    }
}
