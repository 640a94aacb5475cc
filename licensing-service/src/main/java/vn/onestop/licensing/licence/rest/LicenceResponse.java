package vn.onestop.licensing.licence.rest;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.licensing.licence.service.Licences;

/** An issued Investment Registration Certificate. */
@Schema(name = "Licence")
public record LicenceResponse(
        @Schema(example = "BQL-2026-000001") String certificateNumber,
        @Schema(description = "Assigned by the national investment information system, if yet")
                String projectCode,
        LocalDate issuedOn,
        String applicationReference,
        @Schema(enumeration = {"VALID", "REVOKED"}) String status,
        @Schema(description = "SHA-256 of the sealed PDF, hex") String pdfSha256,
        Instant sealedAt,
        @Schema(description = "Hash of the signed approval decision") String approvalHash,
        @Schema(description = "The public page the QR code opens") String verificationUrl) {

    static LicenceResponse of(Licences.Issued issued, String verificationUrl) {
        var licence = issued.licence();
        return new LicenceResponse(
                licence.certificateNumber(),
                licence.projectCode(),
                licence.issuedOn(),
                issued.application().reference(),
                issued.status().name(),
                licence.pdfSha256(),
                licence.sealedAt(),
                licence.approvalHash(),
                verificationUrl);
    }
}
