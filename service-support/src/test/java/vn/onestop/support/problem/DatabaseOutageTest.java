package vn.onestop.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void shouldRecogniseAnUnreachableDatabaseDeepInTheCauseChain() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        var wrapped = new IllegalStateException("engine", new RuntimeException("orm", refused));
        assertThat(DatabaseOutage.causes(wrapped)).isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(
                        DatabaseOutage.causes(
                                new SQLException(
                                        "Acquisition timeout while waiting for new connection")))
                .isTrue();
    }

    @Test
    void shouldLeaveOtherDatabaseErrorsToTheIncidentPath() {
        assertThat(DatabaseOutage.causes(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("bug"))).isFalse();
    }
}
