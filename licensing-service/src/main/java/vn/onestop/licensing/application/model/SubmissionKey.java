package vn.onestop.licensing.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An {@code Idempotency-Key} an investor submitted with, and the application it submitted. */
@Entity
@Table(name = "submission_key")
public class SubmissionKey {

    /** Keys are scoped to the account that sent them. */
    @Embeddable
    public record Id(
            @Column(name = "owner_issuer") String ownerIssuer,
            @Column(name = "owner_subject") String ownerSubject,
            @Column(name = "idempotency_key") String key) {}

    @EmbeddedId private Id id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SubmissionKey() {}

    public SubmissionKey(Id id, UUID applicationId, Instant createdAt) {
        this.id = id;
        this.applicationId = applicationId;
        this.createdAt = createdAt;
    }

    public UUID applicationId() {
        return applicationId;
    }
}
