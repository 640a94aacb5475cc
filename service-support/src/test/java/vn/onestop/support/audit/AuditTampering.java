package vn.onestop.support.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a database administrator could do to the audit tables behind the service's back, for tests
 * that prove it is noticed. {@link #close()} puts everything back, so the shared test database
 * keeps an intact chain for the tests that follow.
 */
public final class AuditTampering implements AutoCloseable {

    private static final String[] TABLES = {"audit_event", "audit_chain_head", "audit_checkpoint"};

    private final DataSource database;

    private AuditTampering(DataSource database) {
        this.database = database;
    }

    /** Copies the audit tables aside before anything is changed. */
    public static AuditTampering of(DataSource database) {
        AuditTampering tampering = new AuditTampering(database);
        tampering.run(
                statement -> {
                    for (String table : TABLES) {
                        statement.execute("drop table if exists " + table + "_saved");
                        statement.execute("create table " + table + "_saved as table " + table);
                    }
                });
        return tampering;
    }

    public long head() {
        return query("select last_seq from audit_chain_head where id = 1");
    }

    public void editDetails(long seq) {
        update(
                "update audit_event set details = details || '{\"reason\": \"edited\"}'"
                        + " where seq = ?",
                seq);
    }

    public void delete(long seq) {
        update("delete from audit_event where seq = ?", seq);
    }

    /** Swaps the places of records {@code seq} and {@code seq + 1}. */
    public void swap(long seq) {
        update("update audit_event set seq = -1 where seq = ?", seq);
        update("update audit_event set seq = ? where seq = ?", seq, seq + 1);
        update("update audit_event set seq = ? where seq = -1", seq + 1);
    }

    /**
     * Rewrites record {@code seq} and, as an informed attacker would, recomputes the hashes of it
     * and every later record and the chain head, so the chain is consistent in itself again.
     */
    public void rewriteFrom(long seq) {
        run(
                statement -> {
                    Connection connection = statement.getConnection();
                    editDetails(seq);
                    String prev;
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select hash from audit_event where seq = ?")) {
                        select.setLong(1, seq - 1);
                        try (ResultSet row = select.executeQuery()) {
                            prev = row.next() ? row.getString(1) : AuditRecord.GENESIS;
                        }
                    }
                    List<AuditRecord> rewritten = new ArrayList<>();
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select "
                                            + AuditRows.COLUMNS
                                            + " from audit_event where seq >= ? order by seq")) {
                        select.setLong(1, seq);
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                AuditRecord record = AuditRows.read(rows);
                                AuditRecord again = record.chainedAt(record.seq(), prev);
                                prev = again.hash();
                                rewritten.add(again);
                            }
                        }
                    }
                    for (AuditRecord record : rewritten) {
                        try (PreparedStatement update =
                                connection.prepareStatement(
                                        "update audit_event set content_hash = ?, prev_hash = ?,"
                                                + " hash = ? where seq = ?")) {
                            update.setString(1, record.contentHash());
                            update.setString(2, record.prevHash());
                            update.setString(3, record.hash());
                            update.setLong(4, record.seq());
                            update.executeUpdate();
                        }
                    }
                    try (PreparedStatement head =
                            connection.prepareStatement(
                                    "update audit_chain_head set last_hash = ? where id = 1")) {
                        head.setString(1, prev);
                        head.executeUpdate();
                    }
                });
    }

    /** Adds a record the service never wrote. Returns its id. */
    public long insertForged() {
        return query(
                "insert into audit_event (occurred_at, service, actor_issuer, actor_subject,"
                        + " actor_username, actor_roles, action, target_type, target_id, details)"
                        + " select now(), service, actor_issuer, actor_subject, actor_username,"
                        + " actor_roles, action, target_type, target_id, details"
                        + " from audit_event where seq = 1 returning id");
    }

    /** Replaces one byte of the signature of the checkpoint ending at {@code toSeq}. */
    public void breakCheckpointSeal(long toSeq) {
        update(
                "update audit_checkpoint set jws = regexp_replace(jws, '.(.)$',"
                        + " case when right(jws, 2) like 'A%' then 'B\\1' else 'A\\1' end)"
                        + " where to_seq = ?",
                toSeq);
    }

    @Override
    public void close() {
        run(
                statement -> {
                    statement.execute("delete from audit_checkpoint");
                    statement.execute("delete from audit_chain_head");
                    statement.execute("delete from audit_event");
                    for (String table : TABLES) {
                        statement.execute(
                                "insert into "
                                        + table
                                        + (table.equals("audit_chain_head")
                                                ? ""
                                                : " overriding system value")
                                        + " select * from "
                                        + table
                                        + "_saved");
                        statement.execute("drop table " + table + "_saved");
                    }
                });
    }

    private long query(String sql) {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private interface Work {
        void run(Statement statement) throws SQLException;
    }

    private void run(Work work) {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
