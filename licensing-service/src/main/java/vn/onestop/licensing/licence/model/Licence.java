package vn.onestop.licensing.licence.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An Investment Registration Certificate issued by the authority: one per application. The project
 * code is the national investment information system's, recorded when it assigns one.
 */
@Entity
@Table(name = "licence")
public class Licence {

    @Id private UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private UUID applicationId;

    @Column(name = "certificate_number", nullable = false, updatable = false)
    private String certificateNumber;

    @Column(name = "project_code")
    private String projectCode;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    /** The sealed certificate (PDF with a PAdES signature by the authority's e-seal). */
    @Column(name = "pdf")
    private byte[] pdf;

    @Column(name = "pdf_sha256")
    private String pdfSha256;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    /** Hash of the signed approval decision the licence rests on. */
    @Column(name = "approval_hash")
    private String approvalHash;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason")
    private String revocationReason;

    protected Licence() {}

    public Licence(
            UUID applicationId, String certificateNumber, Instant issuedAt, LocalDate issuedOn) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.certificateNumber = certificateNumber;
        this.issuedAt = issuedAt;
        this.issuedOn = issuedOn;
    }

    public void sealed(byte[] pdf, String sha256, String approvalHash, Instant at) {
        this.pdf = pdf.clone();
        this.pdfSha256 = sha256;
        this.approvalHash = approvalHash;
        this.sealedAt = at;
    }

    /** The authority withdraws the licence; public verification reports it from then on. */
    public void revoke(String reason, Instant at) {
        if (revokedAt != null) {
            throw vn.onestop.support.problem.ApplicationException.conflict(
                    "licence.already-revoked", certificateNumber, revokedAt);
        }
        this.revokedAt = at;
        this.revocationReason = reason;
    }

    public boolean isSealed() {
        return pdf != null;
    }

    public byte[] pdf() {
        return pdf == null ? null : pdf.clone();
    }

    public String pdfSha256() {
        return pdfSha256;
    }

    public Instant sealedAt() {
        return sealedAt;
    }

    public String approvalHash() {
        return approvalHash;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public String projectCode() {
        return projectCode;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }
}
