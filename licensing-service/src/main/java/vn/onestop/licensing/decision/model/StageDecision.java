package vn.onestop.licensing.decision.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An official's signed outcome at a stage of a case, with the reasons given. */
@Entity
@Table(name = "stage_decision")
public class StageDecision {

    /** Why, about which document (for supplement requests and refusals). */
    public record Reason(String document, String reason) {}

    @Id private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "task_id", nullable = false)
    private String taskId;

    @Column(nullable = false)
    private String stage;

    @Column(nullable = false)
    private String outcome;

    private String comment;

    @Column(name = "official_issuer", nullable = false)
    private String officialIssuer;

    @Column(name = "official_subject", nullable = false)
    private String officialSubject;

    @Column(name = "official_username", nullable = false)
    private String officialUsername;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Reason> reasons;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    /** The RFC 8785 text the official signed. */
    @Column(nullable = false, updatable = false)
    private String document;

    @Column(name = "document_hash", nullable = false, updatable = false)
    private String documentHash;

    @Column(name = "previous_hash", updatable = false)
    private String previousHash;

    /** The detached compact JWS over {@link #document}, with the certificate chain in x5c. */
    @Column(nullable = false, updatable = false)
    private String signature;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private UUID certificateId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private Map<String, Object> verification;

    /** The signed form of a decision, as verified when it was made. */
    public record Signed(
            String document,
            String documentHash,
            String previousHash,
            String signature,
            UUID certificateId,
            Map<String, Object> verification) {}

    protected StageDecision() {}

    public StageDecision(
            UUID applicationId,
            String taskId,
            String stage,
            String outcome,
            String comment,
            String officialIssuer,
            String officialSubject,
            String officialUsername,
            List<Reason> reasons,
            Instant decidedAt,
            Signed signed) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.taskId = taskId;
        this.stage = stage;
        this.outcome = outcome;
        this.comment = comment;
        this.officialIssuer = officialIssuer;
        this.officialSubject = officialSubject;
        this.officialUsername = officialUsername;
        this.reasons = List.copyOf(reasons);
        this.decidedAt = decidedAt;
        this.document = signed.document();
        this.documentHash = signed.documentHash();
        this.previousHash = signed.previousHash();
        this.signature = signed.signature();
        this.certificateId = signed.certificateId();
        this.verification = Map.copyOf(signed.verification());
    }

    public String stage() {
        return stage;
    }

    public String outcome() {
        return outcome;
    }

    public String officialIssuer() {
        return officialIssuer;
    }

    public String officialSubject() {
        return officialSubject;
    }

    public String officialUsername() {
        return officialUsername;
    }

    public String comment() {
        return comment;
    }

    public List<Reason> reasons() {
        return reasons;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String taskId() {
        return taskId;
    }

    public String document() {
        return document;
    }

    public String documentHash() {
        return documentHash;
    }

    public String previousHash() {
        return previousHash;
    }

    public String signature() {
        return signature;
    }

    public UUID certificateId() {
        return certificateId;
    }

    public Map<String, Object> verification() {
        return verification;
    }
}
