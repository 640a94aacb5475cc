package vn.onestop.support.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One state change, recorded in the same transaction as the change itself. Rows are append-only
 * (never updated or deleted by the service), so a hash chain can later be laid over them without
 * rewriting the table.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_issuer", nullable = false)
    private String actorIssuer;

    @Column(name = "actor_subject", nullable = false)
    private String actorSubject;

    @Column(name = "actor_username", nullable = false)
    private String actorUsername;

    /** The roles the actor held, sorted and comma-separated. */
    @Column(name = "actor_roles", nullable = false)
    private String actorRoles;

    @Column(nullable = false)
    private String action;

    @Column(name = "target_type", nullable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false)
    private String targetId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Object> details;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            String actorIssuer,
            String actorSubject,
            String actorUsername,
            String actorRoles,
            String action,
            String targetType,
            String targetId,
            Map<String, Object> details) {
        this.occurredAt = occurredAt;
        this.actorIssuer = actorIssuer;
        this.actorSubject = actorSubject;
        this.actorUsername = actorUsername;
        this.actorRoles = actorRoles;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = Map.copyOf(details);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorSubject() {
        return actorSubject;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String actorRoles() {
        return actorRoles;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public Map<String, Object> details() {
        return details;
    }
}
