package vn.onestop.investor.investor.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.investor.investor.model.InvestorStatus;
import vn.onestop.investor.investor.model.InvestorType;

/** An investor record as its owner, officials and auditors see it. */
@Schema(name = "Investor")
public record InvestorResponse(
        UUID id,
        InvestorType type,
        @Schema(example = "Công ty TNHH Sao Mai Semiconductor") String legalName,
        @Schema(description = "ISO 3166-1 alpha-2", example = "VN") String country,
        IdentityDocumentDto identityDocument,
        AddressDto registeredAddress,
        @Schema(example = "legal@saomai.example.vn") String contactEmail,
        @Schema(example = "+84243123456") String contactPhone,
        LegalRepresentativeDto legalRepresentative,
        InvestorStatus status,
        @Schema(
                        description = "Why the record was rejected or suspended",
                        example = "The enterprise registration number does not match the register")
                String statusReason,
        Instant statusChangedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(
                        description = "Also sent as the ETag header; send it back in If-Match",
                        example = "2")
                long version) {}
