package vn.onestop.investor.investor.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.investor.investor.model.InvestorType;
import vn.onestop.support.validation.CountryCode;
import vn.onestop.support.validation.PhoneNumber;

/** What an investor submits to register or to correct their record. */
@ConsistentProfile
@Schema(name = "InvestorRequest", description = "An investor's self-declared profile")
public record InvestorRequest(
        @NotNull InvestorType type,
        @NotBlank @Size(max = 300) @Schema(example = "Công ty TNHH Sao Mai Technology")
                String legalName,
        @NotNull @CountryCode @Schema(example = "VN") String country,
        @NotNull @Valid IdentityDocumentDto identityDocument,
        @NotNull @Valid AddressDto registeredAddress,
        @NotBlank @Email @Size(max = 254) @Schema(example = "legal@saomai.example")
                String contactEmail,
        @NotBlank @PhoneNumber @Schema(example = "+84 24 3825 1234") String contactPhone,
        @Valid @Schema(description = "Required for organizations, absent for individuals")
                LegalRepresentativeDto legalRepresentative) {}
