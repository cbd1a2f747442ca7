package kz.bagalau.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V2__calendar.sql runs on PostgreSQL too (the suite's Spring context runs it on H2). */
class CalendarMigrationPostgresTests {

    @Test
    void theCalendarTablesAreCreatedOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .table("bagalau_schema_history").load().migrate();

            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("insert into calendar_year (year_number, kurban_ait, act_citation, origin, updated_at,"
                        + " updated_by) values (2025, date '2025-06-06', 'act', 'SHIPPED', now(), 'system')");
                s.executeUpdate("insert into calendar_transfer (calendar_year_id, transfer_date, kind)"
                        + " select id, date '2025-01-03', 'DAY_OFF' from calendar_year");
                s.executeUpdate("insert into calendar_audit (year_number, changed_at, changed_by, reason, new_value)"
                        + " values (2025, now(), 'system', 'shipped', 'x')");
                try (ResultSet r = s.executeQuery("select y.id, t.transfer_date from calendar_year y"
                        + " join calendar_transfer t on t.calendar_year_id = y.id")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getLong(1)).isPositive();
                    assertThat(r.getDate(2).toLocalDate()).hasToString("2025-01-03");
                }
                s.executeUpdate("delete from calendar_year");
                try (ResultSet r = s.executeQuery("select count(*) from calendar_transfer")) {
                    r.next();
                    assertThat(r.getInt(1)).as("transfers go with their year").isZero();
                }
            }
        }
    }
}
