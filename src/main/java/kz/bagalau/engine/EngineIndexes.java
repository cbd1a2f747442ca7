package kz.bagalau.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's own {@code ACT_*} tables that the stock 7.24 schema lacks and Bagalau's workload
 * needs (docs/benchmarks.md, with the EXPLAIN that proves each).
 * <p>
 * Why here and not in a Flyway migration: Camunda creates and upgrades its tables while the engine is
 * built ({@code camunda.bpm.database.schema-update}), and nothing orders that before or after Flyway — on
 * a fresh database Flyway may well run first, when {@code ACT_RU_TASK} does not exist yet. After the
 * engine is built its schema exists, so the statements run here, every start, and are idempotent
 * ({@code create index if not exists}, H2 2.x and PostgreSQL). Bagalau's own tables keep their indexes in
 * Flyway (V14).
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    /** An index on an engine table, named without the table prefix. */
    record Index(String name, String table, String columns) {}

    static final List<Index> INDEXES = List.of(
            // Completing (or deleting) a task looks for its subtasks: "where PARENT_TASK_ID_ = ?" scanned the
            // whole task table on every completion (only the MSSQL schema has this index).
            new Index("BGL_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"),
            // Queries with authorization look up each candidate task's grants by resource id and test the type,
            // the user or group and the permission bits: with all of them in the index no table row is read.
            new Index("BGL_IDX_AUTH_RESOURCE", "ACT_RU_AUTHORIZATION",
                    "RESOURCE_ID_, RESOURCE_TYPE_, TYPE_, USER_ID_, GROUP_ID_, PERMS_"));

    /** Extended statistics (PostgreSQL) on the permission bits the authorization checks test. */
    static final String AUTHORIZATION_STATISTICS = "BGL_STAT_AUTH_PERMS";

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        create(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
    }

    static void create(DataSource dataSource, String tablePrefix) {
        String prefix = tablePrefix == null ? "" : tablePrefix;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                for (Index index : INDEXES) {
                    statement.execute("create index if not exists " + index.name() + " on " + prefix + index.table()
                            + " (" + index.columns() + ")");
                }
                if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                    // Every query with authorization filters ACT_RU_AUTHORIZATION by "PERMS_ & <bit> = <bit>"; without
                    // statistics on those expressions PostgreSQL guesses 0.5% of the rows, picks a nested loop over
                    // everything a participant may see, and the overdue count of someone who sees 10^4 tasks took
                    // 22 s instead of 0.14 s (docs/benchmarks.md). READ (2) and READ_TASK (64) are the bits asked.
                    statement.execute("create statistics if not exists " + AUTHORIZATION_STATISTICS + " on (PERMS_ & 2),"
                            + " (PERMS_ & 64) from " + prefix + "ACT_RU_AUTHORIZATION");
                    statement.execute("analyze " + prefix + "ACT_RU_AUTHORIZATION");
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not create Bagalau's indexes on the engine tables", e);
        }
        log.debug("Engine indexes in place: {}", INDEXES.stream().map(Index::name).toList());
    }
}
