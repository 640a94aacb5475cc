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
        String legalName,
        String country,
        IdentityDocumentDto identityDocument,
        AddressDto registeredAddress,
        String contactEmail,
        String contactPhone,
        LegalRepresentativeDto legalRepresentative,
        InvestorStatus status,
        @Schema(description = "Why the record was rejected or suspended") String statusReason,
        Instant statusChangedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also sent as the ETag header; send it back in If-Match")
                long version) {}
