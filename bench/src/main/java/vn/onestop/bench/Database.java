package vn.onestop.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads PostgreSQL's own counters as its superuser (trust auth on these machines): commits per
 * database, statements from pg_stat_statements when it is loaded, the engine's job backlog.
 */
final class Database {

    private static final String HOST = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
    private static final String PORT = System.getenv().getOrDefault("PGPORT", "5432");
    private static final String SUPERUSER =
            System.getenv().getOrDefault("PG_SUPERUSER", "postgres");

    private final String suffix;

    Database(String suffix) {
        this.suffix = suffix;
    }

    String licensing() {
        return "licensing" + suffix;
    }

    String investor() {
        return "investor" + suffix;
    }

    /** Transactions committed so far by the suite's two databases. */
    long commits() {
        return number(
                "postgres",
                "select coalesce(sum(xact_commit), 0) from pg_stat_database where datname in ('"
                        + licensing()
                        + "', '"
                        + investor()
                        + "')");
    }

    /** Statements executed so far in the suite's databases, or -1 without pg_stat_statements. */
    long statements() {
        try {
            return number(
                    "postgres",
                    "select coalesce(sum(s.calls), 0) from pg_stat_statements s join pg_database d"
                            + " on d.oid = s.dbid where d.datname in ('"
                            + licensing()
                            + "', '"
                            + investor()
                            + "')");
        } catch (IllegalStateException notLoaded) {
            return -1;
        }
    }

    /** Jobs that are due and not locked by any job executor: work waiting for a thread. */
    long jobBacklog() {
        return number(
                licensing(),
                "select count(*) from act_ru_job where (duedate_ is null or duedate_ <= now())"
                        + " and lock_owner_ is null and retries_ > 0 and suspension_state_ = 1");
    }

    /** Bytes of the engine's history tables and of the whole licensing database. */
    long historyBytes() {
        return number(
                licensing(),
                "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c"
                        + " join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = 'public' and c.relkind = 'r' and c.relname like 'act_hi_%'");
    }

    long databaseBytes() {
        return number("postgres", "select pg_database_size('" + licensing() + "')");
    }

    long number(String database, String sql) {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    void execute(String database, String sql) {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, SUPERUSER, "");
    }
}
