package vn.onestop.support.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * One audited event with the NIST AU-3 content: what (action), when, where (service and endpoint),
 * source (client and address), outcome, who (actor) and on what (target and details). Recorded in
 * the same transaction as the change it describes. Hibernate only ever inserts it; its place in the
 * hash chain (sequence and hashes) is written by {@link AuditChain} as the transaction commits.
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

    @Column(nullable = false)
    private String service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome;

    /** The endpoint (method and raw path) or {@code background} for jobs and timers. */
    @Column(nullable = false)
    private String location;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "source_ip")
    private String sourceIp;

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

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(insertable = false, updatable = false)
    private String hash;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            String service,
            AuditOutcome outcome,
            AuditSource source,
            String actorIssuer,
            String actorSubject,
            String actorUsername,
            String actorRoles,
            String action,
            String targetType,
            String targetId,
            Map<String, Object> details) {
        this.occurredAt = occurredAt;
        this.service = service;
        this.outcome = outcome;
        this.location = source.location();
        this.clientId = source.clientId();
        this.sourceIp = source.ip();
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

    public String service() {
        return service;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String location() {
        return location;
    }

    public String clientId() {
        return clientId;
    }

    public String sourceIp() {
        return sourceIp;
    }

    /** The place in the chain; {@code null} until the recording transaction has committed. */
    public Long seq() {
        return seq;
    }

    public String hash() {
        return hash;
    }

    public String actorIssuer() {
        return actorIssuer;
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
