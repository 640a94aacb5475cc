package vn.onestop.licensing.decision.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.licensing.decision.model.OfficialCertificate;

/** A registered signing certificate. */
@Schema(name = "OfficialCertificate")
public record CertificateResponse(
        UUID id,
        @Schema(description = "Token issuer of the official's account") String officialIssuer,
        @Schema(description = "Subject of the official's account") String officialSubject,
        @Schema(description = "SHA-256 of the DER certificate, hex") String fingerprint,
        String subjectDn,
        String issuerDn,
        String serialNumber,
        Instant notBefore,
        Instant notAfter,
        Instant registeredAt,
        @Schema(enumeration = {"ACTIVE", "EXPIRED", "REVOKED"}) String status,
        Instant revokedAt,
        String revokedBy,
        String revocationReason) {

    static CertificateResponse of(OfficialCertificate c, Instant now) {
        String status =
                c.isRevokedAt(now) ? "REVOKED" : c.notAfter().isBefore(now) ? "EXPIRED" : "ACTIVE";
        return new CertificateResponse(
                c.id(),
                c.officialIssuer(),
                c.officialSubject(),
                c.fingerprint(),
                c.subjectDn(),
                c.issuerDn(),
                c.serialNumber(),
                c.notBefore(),
                c.notAfter(),
                c.registeredAt(),
                status,
                c.revokedAt(),
                c.revokedBy(),
                c.revocationReason());
    }
}
