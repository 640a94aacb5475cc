package vn.onestop.licensing.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One uploaded version of a dossier document, identified by the SHA-256 of its bytes. */
@Entity
@Table(name = "dossier_document")
public class DossierDocument {

    @Id private UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false)
    private DocumentType type;

    @Column(nullable = false, updatable = false)
    private String filename;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected DossierDocument() {}

    public DossierDocument(
            UUID applicationId,
            DocumentType type,
            String filename,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.type = type;
        this.filename = filename;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void supersede(Instant now) {
        this.supersededAt = now;
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public DocumentType type() {
        return type;
    }

    public String filename() {
        return filename;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Instant supersededAt() {
        return supersededAt;
    }
}
