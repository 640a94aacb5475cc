package vn.onestop.licensing.notification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something the investor is told about their case. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "recipient_issuer", nullable = false)
    private String recipientIssuer;

    @Column(name = "recipient_subject", nullable = false)
    private String recipientSubject;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    public Notification(
            UUID applicationId,
            String recipientIssuer,
            String recipientSubject,
            String kind,
            String message,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.recipientIssuer = recipientIssuer;
        this.recipientSubject = recipientSubject;
        this.kind = kind;
        this.message = message;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
