package vn.onestop.support.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Search criteria for audit records; unset ones do not narrow. */
public record AuditQuery(
        String eventType,
        AuditOutcome outcome,
        String actor,
        String targetType,
        String targetId,
        Instant from,
        Instant to) {

    /** The SQL condition and its parameters, in order. */
    String where(List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("seq is not null");
        add(conditions, parameters, "action = ?", eventType);
        add(conditions, parameters, "outcome = ?", outcome == null ? null : outcome.name());
        if (actor != null) {
            conditions.add("(actor_subject = ? or actor_username = ?)");
            parameters.add(actor);
            parameters.add(actor);
        }
        add(conditions, parameters, "target_type = ?", targetType);
        add(conditions, parameters, "target_id = ?", targetId);
        add(conditions, parameters, "occurred_at >= ?", from);
        add(conditions, parameters, "occurred_at < ?", to);
        return String.join(" and ", conditions);
    }

    private static void add(
            List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }
}
