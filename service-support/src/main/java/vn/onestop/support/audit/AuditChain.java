package vn.onestop.support.audit;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * Lays the hash chain over audit records as their transaction commits.
 *
 * <p>Records are inserted during the transaction like any row; their sequence number and hashes are
 * assigned in Hibernate's before-completion phase, after the session's last flush, under a row lock
 * on the single chain head. Taking that lock last, with nothing else to wait for afterwards, means
 * it is held only for the commit itself and cannot take part in a deadlock with the engine's or the
 * entities' row locks. Appending in the committing transaction keeps the chain gap-free: a
 * rolled-back transaction never took a number.
 */
@ApplicationScoped
public class AuditChain {

    private static final Object PENDING = new Object();

    private final TransactionSynchronizationRegistry transaction;
    private final Session session;

    AuditChain(TransactionSynchronizationRegistry transaction, Session session) {
        this.transaction = transaction;
        this.session = session;
    }

    /** Queues a just-inserted record for chaining when the current transaction commits. */
    void enlist(long id) {
        Appender pending = (Appender) transaction.getResource(PENDING);
        if (pending == null) {
            pending = new Appender();
            transaction.putResource(PENDING, pending);
            session.unwrap(SharedSessionContractImplementor.class)
                    .getTransactionCompletionCallbacks()
                    .registerCallback(pending);
        }
        pending.ids.add(id);
    }

    /**
     * Chains the records written before the chain existed (rows up to the id the migration noted),
     * once, before the service takes requests.
     */
    @Transactional
    void chainEarlierRecords(@Observes StartupEvent start) {
        session.doWork(
                connection -> {
                    // Held first here (replicas may start together): the rows read below are
                    // then chained by exactly one of them.
                    try (PreparedStatement lock =
                                    connection.prepareStatement(
                                            "select 1 from audit_chain_head where id = 1 for update");
                            ResultSet ignored = lock.executeQuery()) {
                        // the lock is held until the transaction ends
                    }
                    List<Long> earlier = new ArrayList<>();
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select e.id from audit_event e, audit_chain_head h"
                                            + " where h.id = 1 and e.seq is null"
                                            + " and e.id <= h.earlier_until_id order by e.id")) {
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                earlier.add(rows.getLong(1));
                            }
                        }
                    }
                    if (!earlier.isEmpty()) {
                        append(connection, earlier);
                        Log.infof(
                                "Chained %d audit records written before the chain",
                                earlier.size());
                    }
                });
    }

    /** Appends the given unchained records, in id order, after the current chain head. */
    static void append(Connection connection, List<Long> ids) throws SQLException {
        // Read this transaction's own rows before taking the head lock: nobody else can see or
        // change them, and every round trip saved under the lock is throughput for all writers.
        List<AuditRecord> unchained = new ArrayList<>(ids.size());
        List<Long> rowIds = new ArrayList<>(ids.size());
        try (PreparedStatement select =
                connection.prepareStatement(
                        "select "
                                + AuditRows.COLUMNS
                                + " from audit_event where id = any(?) and seq is null order by id")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            select.setArray(1, array);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    unchained.add(AuditRows.read(rows));
                    rowIds.add(rows.getLong(1));
                }
            }
        }
        long seq;
        String prev;
        try (PreparedStatement head =
                        connection.prepareStatement(
                                "select last_seq, last_hash from audit_chain_head where id = 1"
                                        + " for update");
                ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("audit_chain_head has no row: the migration did not run");
            }
            seq = row.getLong(1);
            prev = row.getString(2);
        }
        List<AuditRecord> chained = new ArrayList<>(unchained.size());
        for (AuditRecord record : unchained) {
            AuditRecord placed = record.chainedAt(++seq, prev);
            prev = placed.hash();
            chained.add(placed);
        }
        try (PreparedStatement update =
                connection.prepareStatement(
                        "update audit_event set seq = ?, content_hash = ?, prev_hash = ?, hash = ?"
                                + " where id = ? and seq is null")) {
            for (int i = 0; i < chained.size(); i++) {
                AuditRecord record = chained.get(i);
                update.setLong(1, record.seq());
                update.setString(2, record.contentHash());
                update.setString(3, record.prevHash());
                update.setString(4, record.hash());
                update.setLong(5, rowIds.get(i));
                update.addBatch();
            }
            for (int count : update.executeBatch()) {
                if (count != 1) {
                    throw new SQLException("An audit record was chained twice; nothing is kept");
                }
            }
        }
        try (PreparedStatement head =
                connection.prepareStatement(
                        "update audit_chain_head set last_seq = ?, last_hash = ?, updated_at = now()"
                                + " where id = 1")) {
            head.setLong(1, seq);
            head.setString(2, prev);
            head.executeUpdate();
        }
    }

    /** Runs once per transaction that recorded something, after Hibernate's final flush. */
    private static final class Appender
            implements TransactionCompletionCallbacks.BeforeCompletionCallback {

        private final List<Long> ids = new ArrayList<>();

        @Override
        public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
            session.doWork(connection -> append(connection, ids));
        }
    }
}
