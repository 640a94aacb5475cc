package vn.onestop.licensing.notification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status")
    private EmailStatus emailStatus;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "email_error")
    private String emailError;

    /** Where the e-mail copy is: not wanted (null), waiting, delivered, or given up. */
    public enum EmailStatus {
        PENDING,
        SENT,
        FAILED
    }

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

    /** Asks the outbox to e-mail a copy once the change that caused it has committed. */
    public void requestEmail() {
        this.emailStatus = EmailStatus.PENDING;
    }

    public void emailed(Instant at) {
        this.emailStatus = EmailStatus.SENT;
        this.emailedAt = at;
        this.emailError = null;
    }

    /** A delivery attempt failed; after {@code maxAttempts} the outbox stops trying. */
    public void emailFailed(String reason, int maxAttempts) {
        this.emailAttempts++;
        this.emailError = reason.length() > 500 ? reason.substring(0, 500) : reason;
        if (emailAttempts >= maxAttempts) {
            this.emailStatus = EmailStatus.FAILED;
        }
    }

    public String recipientIssuer() {
        return recipientIssuer;
    }

    public String recipientSubject() {
        return recipientSubject;
    }

    public EmailStatus emailStatus() {
        return emailStatus;
    }

    public int emailAttempts() {
        return emailAttempts;
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
