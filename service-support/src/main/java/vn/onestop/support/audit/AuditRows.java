package vn.onestop.support.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reads {@code audit_event} rows over JDBC into {@link AuditRecord}s. */
final class AuditRows {

    /** Selected columns, in the order {@link #read} expects. */
    static final String COLUMNS =
            "id, seq, occurred_at, service, action, outcome, location, client_id, source_ip,"
                    + " actor_issuer, actor_subject, actor_username, actor_roles, target_type,"
                    + " target_id, details::text, content_hash, prev_hash, hash";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditRows() {}

    static AuditRecord read(ResultSet row) throws SQLException {
        try {
            return new AuditRecord(
                    row.getLong(2),
                    row.getObject(3, OffsetDateTime.class).toInstant(),
                    row.getString(4),
                    row.getString(5),
                    row.getString(6),
                    row.getString(7),
                    row.getString(8),
                    row.getString(9),
                    row.getString(10),
                    row.getString(11),
                    row.getString(12),
                    row.getString(13),
                    row.getString(14),
                    row.getString(15),
                    JSON.readTree(row.getString(16)),
                    row.getString(17),
                    row.getString(18),
                    row.getString(19));
        } catch (JsonProcessingException e) {
            throw new SQLException("Audit details are not JSON", e);
        }
    }
}
