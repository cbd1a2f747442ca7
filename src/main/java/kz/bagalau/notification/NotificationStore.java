package kz.bagalau.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification} table: the delivery record and the outbox in one. Plain SQL because the
 * outbox needs a conditional "claim" update that tells two nodes apart.
 */
@Repository
class NotificationStore {

    private static final String COLUMNS = "id, recipient_login, recipient_email, template_key, language, subject, body,"
            + " task_id, process_instance_id, status, attempts, created_at, sent_at, last_error, incident_id";

    private static final RowMapper<Notification> ROW = NotificationStore::map;

    private final JdbcTemplate jdbc;

    NotificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new row to send, or an immediate failure (status FAILED) when it could not even be composed. */
    long insert(Draft d, NotificationStatus status, String error, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into notification (recipient_login, recipient_email, template_key,"
                    + " language, subject, body, task_id, process_instance_id, dedup_key, status, attempts, created_at,"
                    + " next_attempt_at, last_error, needs_incident) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, d.recipientLogin());
            ps.setString(2, d.recipientEmail());
            ps.setString(3, d.templateKey());
            ps.setString(4, d.language());
            ps.setString(5, truncate(d.subject(), 500));
            ps.setString(6, truncate(d.body(), 8000));
            ps.setString(7, d.taskId());
            ps.setString(8, d.processInstanceId());
            ps.setString(9, d.dedupKey());
            ps.setString(10, status.name());
            ps.setTimestamp(11, Timestamp.from(now));
            ps.setTimestamp(12, Timestamp.from(now));
            ps.setString(13, truncate(error, 2000));
            ps.setBoolean(14, status == NotificationStatus.FAILED && d.processInstanceId() != null);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    boolean existsByDedupKey(String dedupKey) {
        Integer n = jdbc.queryForObject("select count(*) from notification where dedup_key = ?", Integer.class, dedupKey);
        return n != null && n > 0;
    }

    Optional<Notification> find(long id) {
        return jdbc.query("select " + COLUMNS + " from notification where id = ?", ROW, id).stream().findFirst();
    }

    List<Notification> findByRecipient(String login) {
        return jdbc.query("select " + COLUMNS + " from notification where recipient_login = ? order by id", ROW, login);
    }

    List<Notification> findByTask(String taskId) {
        return jdbc.query("select " + COLUMNS + " from notification where task_id = ? order by id", ROW, taskId);
    }

    List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("select id from notification where status = 'PENDING' and next_attempt_at <= ?"
                + " and (locked_until is null or locked_until < ?) order by next_attempt_at, id"
                + " fetch first " + limit + " rows only", Long.class, Timestamp.from(now), Timestamp.from(now));
    }

    /**
     * Claims a due row for one attempt until {@code until}. Only one of two racing nodes gets 1 back:
     * the update is conditional on the row being unclaimed, and the database serialises it.
     */
    boolean claim(long id, Instant now, Instant until) {
        return jdbc.update("update notification set locked_until = ?, attempts = attempts + 1, version = version + 1"
                + " where id = ? and status = 'PENDING' and (locked_until is null or locked_until < ?)",
                Timestamp.from(until), id, Timestamp.from(now)) == 1;
    }

    void delivered(long id, NotificationStatus status, Instant now) {
        jdbc.update("update notification set status = ?, sent_at = ?, locked_until = null, last_error = null,"
                + " version = version + 1 where id = ?", status.name(), Timestamp.from(now), id);
    }

    void retryLater(long id, Instant next, String error) {
        jdbc.update("update notification set next_attempt_at = ?, locked_until = null, last_error = ?,"
                + " version = version + 1 where id = ?", Timestamp.from(next), truncate(error, 2000), id);
    }

    void failed(long id, String error) {
        jdbc.update("update notification set status = 'FAILED', locked_until = null, last_error = ?,"
                + " needs_incident = (process_instance_id is not null), version = version + 1 where id = ?",
                truncate(error, 2000), id);
    }

    List<Long> needingIncident(int limit) {
        return jdbc.queryForList("select id from notification where needs_incident = true order by id"
                + " fetch first " + limit + " rows only", Long.class);
    }

    /** Takes the incident duty for a row; only one of two racing nodes gets {@code true}. */
    boolean claimIncident(long id) {
        return jdbc.update("update notification set needs_incident = false, version = version + 1"
                + " where id = ? and needs_incident = true", id) == 1;
    }

    void incidentRaised(long id, String incidentId) {
        jdbc.update("update notification set incident_id = ?, version = version + 1 where id = ?", incidentId, id);
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getString("recipient_login"), rs.getString("recipient_email"),
                rs.getString("template_key"), rs.getString("language"), rs.getString("subject"), rs.getString("body"),
                rs.getString("task_id"), rs.getString("process_instance_id"),
                NotificationStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")), rs.getString("last_error"),
                rs.getString("incident_id"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Everything known about a notification before it is stored. */
    record Draft(String recipientLogin, String recipientEmail, String templateKey, String language, String subject,
                 String body, String taskId, String processInstanceId, String dedupKey) {
    }
}
