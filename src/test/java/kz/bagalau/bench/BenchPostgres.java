package kz.bagalau.bench;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.bagalau.support.PostgresInitializer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One embedded PostgreSQL for the benchmarks with durable commits — {@code fsync} and
 * {@code synchronous_commit} on, as in production (zonky switches both off by default) — and the
 * databases the benchmarks compare: {@code bagalau} (the application) and {@code bare} (a bare engine).
 */
public class BenchPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres server;

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = PostgresInitializer.start(builder -> builder
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    // The plan of every statement slower than bench.explainMs goes to target/bench/postgresql.log:
                    // the EXPLAIN behind each figure in docs/benchmarks.md.
                    // pg_stat_statements: the statements behind each figure, target/bench/statements-*.txt
                    .setServerConfig("shared_preload_libraries", "auto_explain,pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "all")
                    .setServerConfig("pg_stat_statements.track_planning", "on")
                    .setServerConfig("auto_explain.log_min_duration", System.getProperty("bench.explainMs", "200"))
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", new java.io.File("target/bench").getAbsolutePath())
                    .setServerConfig("log_filename", "postgresql.log"));
        }
        return server;
    }

    static synchronized String newDatabase(String name) {
        try (var c = server().getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** A pooled data source on a new database (a bare engine gets the same pool as the application). */
    static DataSource pool(String database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(newDatabase(database));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    static String setting(String name) {
        try (var c = server().getPostgresDatabase().getConnection(); var s = c.createStatement();
             var r = s.executeQuery("show " + name)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * CPU seconds the PostgreSQL server's processes have used so far (user + system, from /proc; 0 where
     * there is no /proc): with the JVM's own CPU time it tells whether a phase waits on the database or on Java.
     */
    static double serverCpuSeconds() {
        double ticks = 0;
        java.io.File[] processes = new java.io.File("/proc").listFiles((dir, name) -> name.chars().allMatch(Character::isDigit));
        for (java.io.File process : processes == null ? new java.io.File[0] : processes) {
            try {
                String stat = java.nio.file.Files.readString(process.toPath().resolve("stat"));
                // pid (comm) state ppid ...: utime and stime are fields 14 and 15, counted after the ")"
                if (!stat.contains("(postgres)")) {
                    continue;
                }
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (java.io.IOException | RuntimeException gone) {
                // the process ended between the listing and the read
            }
        }
        return ticks / 100.0; // USER_HZ
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + newDatabase("bagalau"),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.datasource.driver-class-name=org.postgresql.Driver",
                "bagalau.demo.enabled=false"
        ).applyTo(context);
    }
}
