package vn.onestop.workflow.engine.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration 1: the Camunda 7.24 engine tables, from the PostgreSQL create scripts shipped in
 * the engine jar, so the engine and the application's tables share one database and commit in one
 * local transaction. The application's own migrations start at version 2. An engine upgrade adds a
 * migration running Camunda's matching upgrade script.
 */
public class CamundaEngineSchema implements JavaMigration {

    private static final String SCRIPTS =
            "org/camunda/bpm/engine/db/create/activiti.postgres.create.";
    private static final List<String> PARTS =
            List.of(
                    "engine",
                    "history",
                    "identity",
                    "case.engine",
                    "case.history",
                    "decision.engine",
                    "decision.history");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    @Override
    public String getDescription() {
        return "camunda 7.24 engine schema";
    }

    @Override
    public Integer getChecksum() {
        return 724;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String part : PARTS) {
                statement.execute(script(SCRIPTS + part + ".sql"));
            }
        }
    }

    private static String script(String resource) throws IOException {
        try (InputStream in =
                CamundaEngineSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Camunda script missing from classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
