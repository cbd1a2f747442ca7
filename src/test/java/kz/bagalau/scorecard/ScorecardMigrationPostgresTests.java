package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** V3__scorecard.sql runs on PostgreSQL as well as on H2, and its checks hold the law's ranges. */
class ScorecardMigrationPostgresTests {

    @Test
    void scorecardTablesMigrateOnPostgresAndRefuseAScoreOfSix() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).table("bagalau_schema_history")
                    .locations("classpath:db/migration").target("3").load().migrate();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into scorecard_quarterly_result (organisation_code, servant_login,"
                        + " period_year, period_quarter, edition, form, eligibility, status, final_score,"
                        + " created_at, updated_at) values ('org', 'a.nurlanov', 2025, 2, 'KZ-2025', 'MANAGERIAL',"
                        + " 'ELIGIBLE', 'GRADED', 3.80, now(), now())");
                try (ResultSet rs = statement.executeQuery("select id, final_score from scorecard_quarterly_result")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBigDecimal("final_score")).isEqualByComparingTo("3.80");
                    long id = rs.getLong("id");
                    assertThatThrownBy(() -> statement.executeUpdate("insert into scorecard_score (result_id,"
                            + " evaluator_login, parameter_number, score, scored_at) values (" + id
                            + ", 'head', 1, 6, now())")).isInstanceOf(SQLException.class);
                }
            }
        }
    }
}
