package vn.onestop.licensing.task.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An official's outcome at a stage of a case, with the reasons given. */
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
            Instant decidedAt) {
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
}
