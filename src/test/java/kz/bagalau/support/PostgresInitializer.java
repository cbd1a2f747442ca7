package kz.bagalau.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at a real PostgreSQL server started on the loopback by zonky's embedded
 * PostgreSQL (no Docker needed). One server per test JVM, one fresh database per context.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres server;
    private static int databases;

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = start(UnaryOperator.identity());
        }
        return server;
    }

    /** Starts an embedded PostgreSQL configured by {@code configure}, stopped when the JVM exits. */
    public static EmbeddedPostgres start(UnaryOperator<EmbeddedPostgres.Builder> configure) {
        EmbeddedPostgres started;
        try {
            started = configure.apply(EmbeddedPostgres.builder()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (IOException ignored) {
                // the JVM is going away
            }
        }));
        return started;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = newDatabase();
        TestPropertyValues.of(
                "spring.datasource.url=" + server().getJdbcUrl("postgres", database),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.datasource.driver-class-name=org.postgresql.Driver",
                // At the JVM's exit the server's own shutdown hook (zonky's) may stop it while Spring still closes
                // the cached contexts, and each closing engine runs a command: with the pool's 30 s default
                // it waited that long for a connection and surefire killed the fork. Tests never wait that long.
                "spring.datasource.hikari.connection-timeout=3000"
        ).applyTo(context);
    }

    /** A fresh database on the shared embedded server, for tests that start applications themselves. */
    public static String newDatabaseUrl() {
        return server().getJdbcUrl("postgres", newDatabase());
    }

    private static synchronized String newDatabase() {
        String name = "bagalau" + (++databases);
        try (var c = server().getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return name;
    }
}
