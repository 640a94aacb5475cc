package vn.onestop.support.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hibernate.Session;

/**
 * The chain as stored: records by sequence number, the head and the checkpoints. Plain JDBC, as the
 * chain is read in sequence-number batches and must see the columns exactly as stored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditStore {

    private static final int BATCH = 1000;

    private final Session session;

    AuditStore(Session session) {
        this.session = session;
    }

    public record Head(long lastSeq, String lastHash) {}

    /** A stored checkpoint; {@code jws} is what counts, the columns are for finding it. */
    public record SealedCheckpoint(long fromSequence, long toSequence, String jws) {}

    public Head head() {
        return session.doReturningWork(
                connection -> {
                    try (PreparedStatement select =
                                    connection.prepareStatement(
                                            "select last_seq, last_hash from audit_chain_head"
                                                    + " where id = 1");
                            ResultSet row = select.executeQuery()) {
                        return row.next()
                                ? new Head(row.getLong(1), row.getString(2))
                                : new Head(0, AuditRecord.GENESIS);
                    }
                });
    }

    /** The stored chain hash of record {@code seq}, if it exists. */
    public Optional<String> hashAt(long seq) {
        return session.doReturningWork(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select hash from audit_event where seq = ?")) {
                        select.setLong(1, seq);
                        try (ResultSet row = select.executeQuery()) {
                            return row.next()
                                    ? Optional.ofNullable(row.getString(1))
                                    : Optional.empty();
                        }
                    }
                });
    }

    /**
     * Feeds the records numbered {@code from} to {@code to}, in order, until {@code sink} says
     * stop. Reads in batches, so the whole chain is never in memory.
     */
    public void forEach(long from, long to, Predicate<AuditRecord> sink) {
        session.doWork(
                connection -> {
                    long next = from;
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select "
                                            + AuditRows.COLUMNS
                                            + " from audit_event where seq >= ? and seq <= ?"
                                            + " order by seq limit "
                                            + BATCH)) {
                        while (next <= to) {
                            select.setLong(1, next);
                            select.setLong(2, to);
                            int read = 0;
                            try (ResultSet rows = select.executeQuery()) {
                                while (rows.next()) {
                                    read++;
                                    AuditRecord record = AuditRows.read(rows);
                                    next = record.seq() + 1;
                                    if (!sink.test(record)) {
                                        return;
                                    }
                                }
                            }
                            if (read < BATCH) {
                                return;
                            }
                        }
                    }
                });
    }

    /** The links (hashes only) of records {@code from..to}, in order. */
    public List<ChainLink> links(long from, long to) {
        return session.doReturningWork(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select seq, content_hash, prev_hash, hash from audit_event"
                                            + " where seq >= ? and seq <= ? order by seq")) {
                        select.setLong(1, from);
                        select.setLong(2, to);
                        List<ChainLink> links = new ArrayList<>();
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                links.add(
                                        new ChainLink(
                                                rows.getLong(1),
                                                rows.getString(2),
                                                rows.getString(3),
                                                rows.getString(4)));
                            }
                        }
                        return links;
                    }
                });
    }

    /** The records of one object, in chain order (unchained ones last). */
    public List<AuditRecord> ofTarget(String targetType, String targetId) {
        return session.doReturningWork(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select "
                                            + AuditRows.COLUMNS
                                            + " from audit_event where target_type = ?"
                                            + " and target_id = ? order by seq nulls last, id")) {
                        select.setString(1, targetType);
                        select.setString(2, targetId);
                        List<AuditRecord> records = new ArrayList<>();
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                records.add(AuditRows.read(rows));
                            }
                        }
                        return records;
                    }
                });
    }

    /** One page of the records matching {@code query}, in chain order. */
    public List<AuditRecord> search(AuditQuery query, int page, int size) {
        return session.doReturningWork(
                connection -> {
                    List<Object> parameters = new ArrayList<>();
                    String sql =
                            "select "
                                    + AuditRows.COLUMNS
                                    + " from audit_event where "
                                    + query.where(parameters)
                                    + " order by seq limit ? offset ?";
                    try (PreparedStatement select = connection.prepareStatement(sql)) {
                        int i = bind(select, parameters);
                        select.setInt(i++, size);
                        select.setLong(i, (long) page * size);
                        List<AuditRecord> records = new ArrayList<>();
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                records.add(AuditRows.read(rows));
                            }
                        }
                        return records;
                    }
                });
    }

    public long count(AuditQuery query) {
        return session.doReturningWork(
                connection -> {
                    List<Object> parameters = new ArrayList<>();
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select count(*) from audit_event where "
                                            + query.where(parameters))) {
                        bind(select, parameters);
                        try (ResultSet row = select.executeQuery()) {
                            row.next();
                            return row.getLong(1);
                        }
                    }
                });
    }

    private static int bind(PreparedStatement statement, List<Object> parameters)
            throws java.sql.SQLException {
        int i = 1;
        for (Object parameter : parameters) {
            if (parameter instanceof java.time.Instant at) {
                statement.setTimestamp(i++, Timestamp.from(at));
            } else {
                statement.setObject(i++, parameter);
            }
        }
        return i;
    }

    /** Ids of records that carry no place in the chain (at most {@code limit}). */
    public List<Long> unchained(int limit) {
        return session.doReturningWork(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select id from audit_event where seq is null order by id"
                                            + " limit ?")) {
                        select.setInt(1, limit);
                        List<Long> ids = new ArrayList<>();
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                ids.add(rows.getLong(1));
                            }
                        }
                        return ids;
                    }
                });
    }

    /** Checkpoints overlapping {@code from..to}, in sequence order. */
    public List<SealedCheckpoint> checkpoints(long from, long to) {
        return session.doReturningWork(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "select from_seq, to_seq, jws from audit_checkpoint"
                                            + " where to_seq >= ? and from_seq <= ?"
                                            + " order by from_seq, id")) {
                        select.setLong(1, from);
                        select.setLong(2, to);
                        List<SealedCheckpoint> found = new ArrayList<>();
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                found.add(
                                        new SealedCheckpoint(
                                                rows.getLong(1),
                                                rows.getLong(2),
                                                rows.getString(3)));
                            }
                        }
                        return found;
                    }
                });
    }

    /** The furthest sequence number any checkpoint covers (0 when there is none). */
    public long sealedUpTo() {
        return session.doReturningWork(
                connection -> {
                    try (PreparedStatement select =
                                    connection.prepareStatement(
                                            "select coalesce(max(to_seq), 0) from audit_checkpoint");
                            ResultSet row = select.executeQuery()) {
                        row.next();
                        return row.getLong(1);
                    }
                });
    }

    public void insert(Checkpoint checkpoint) {
        session.doWork(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "insert into audit_checkpoint (from_seq, to_seq, head_hash,"
                                            + " sealed_at, jws) values (?, ?, ?, ?, ?)")) {
                        insert.setLong(1, checkpoint.fromSequence());
                        insert.setLong(2, checkpoint.toSequence());
                        insert.setString(3, checkpoint.headHash());
                        insert.setTimestamp(4, Timestamp.from(checkpoint.sealedAt()));
                        insert.setString(5, checkpoint.jws());
                        insert.executeUpdate();
                    }
                });
    }

    /** Serializes checkpoint sealing across replicas without touching the chain head. */
    public void lockCheckpoints() {
        session.doWork(
                connection -> {
                    try (PreparedStatement lock =
                                    connection.prepareStatement(
                                            "select pg_advisory_xact_lock(hashtext('audit_checkpoint'))");
                            ResultSet ignored = lock.executeQuery()) {
                        // held until the transaction ends
                    }
                });
    }
}
