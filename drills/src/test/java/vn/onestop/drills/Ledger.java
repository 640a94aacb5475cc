package vn.onestop.drills;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.onestop.e2e.Suite;

/**
 * Reads licensing-service's database directly, behind the service's back: what a drill counts as
 * persisted is what PostgreSQL holds, not what the API says.
 */
final class Ledger {

    private Ledger() {}

    /** Runs a query returning one number; {@code ?} parameters bind in order. */
    static long count(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof List<?> list) {
                    statement.setArray(i + 1, connection.createArrayOf("varchar", list.toArray()));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count: " + sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        // LOCAL DEMO credentials of deploy/local/postgres-ensure.
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/licensing" + Suite.DB_SUFFIX,
                "licensing",
                "licensing");
    }
}
