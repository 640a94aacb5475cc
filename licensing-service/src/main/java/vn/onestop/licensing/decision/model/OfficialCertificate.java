package vn.onestop.licensing.decision.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.onestop.support.problem.ApplicationException;

/**
 * An official's signing certificate, registered by the official's own account. Only its holder can
 * sign with it; once revoked it signs nothing new, while the decisions it signed before stay
 * verifiable against the recorded revocation time.
 */
@Entity
@Table(name = "official_certificate")
public class OfficialCertificate {

    @Id private UUID id;

    @Version private long version;

    @Column(name = "official_issuer", nullable = false, updatable = false)
    private String officialIssuer;

    @Column(name = "official_subject", nullable = false, updatable = false)
    private String officialSubject;

    @Column(name = "fingerprint_sha256", nullable = false, updatable = false)
    private String fingerprint;

    @Column(name = "subject_dn", nullable = false, updatable = false)
    private String subjectDn;

    @Column(name = "issuer_dn", nullable = false, updatable = false)
    private String issuerDn;

    @Column(name = "serial_number", nullable = false, updatable = false)
    private String serialNumber;

    @Column(name = "not_before", nullable = false, updatable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Column(name = "certificate_der", nullable = false, updatable = false)
    private byte[] certificateDer;

    /** The intermediates sent with it, base64 DER as in a JWS {@code x5c}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "chain_der", nullable = false, updatable = false)
    private List<String> chain;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revocation_reason")
    private String revocationReason;

    protected OfficialCertificate() {}

    public OfficialCertificate(
            String officialIssuer,
            String officialSubject,
            CertificateFacts facts,
            List<String> chain,
            Instant registeredAt) {
        this.id = UUID.randomUUID();
        this.officialIssuer = officialIssuer;
        this.officialSubject = officialSubject;
        this.fingerprint = facts.fingerprint();
        this.subjectDn = facts.subjectDn();
        this.issuerDn = facts.issuerDn();
        this.serialNumber = facts.serialNumber();
        this.notBefore = facts.notBefore();
        this.notAfter = facts.notAfter();
        this.certificateDer = facts.der();
        this.chain = List.copyOf(chain);
        this.registeredAt = registeredAt;
    }

    /** What a registered certificate says about itself. */
    public record CertificateFacts(
            String fingerprint,
            String subjectDn,
            String issuerDn,
            String serialNumber,
            Instant notBefore,
            Instant notAfter,
            byte[] der) {}

    public void revoke(String by, String reason, Instant at) {
        if (revokedAt != null) {
            throw ApplicationException.conflict("certificate.already-revoked", revokedAt);
        }
        this.revokedAt = at;
        this.revokedBy = by;
        this.revocationReason = reason;
    }

    public boolean isOwnedBy(String issuer, String subject) {
        return officialIssuer.equals(issuer) && officialSubject.equals(subject);
    }

    /** Whether it could sign at {@code at}: revocation takes effect from its recorded time. */
    public boolean isRevokedAt(Instant at) {
        return revokedAt != null && !at.isBefore(revokedAt);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String officialIssuer() {
        return officialIssuer;
    }

    public String officialSubject() {
        return officialSubject;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String subjectDn() {
        return subjectDn;
    }

    public String issuerDn() {
        return issuerDn;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public byte[] certificateDer() {
        return certificateDer.clone();
    }

    public List<String> chain() {
        return chain;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public String revocationReason() {
        return revocationReason;
    }
}
