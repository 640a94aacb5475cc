package vn.onestop.investor.investor.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.support.validation.CountryCode;

/** The person who represents an organization. */
@Schema(name = "LegalRepresentative")
public record LegalRepresentativeDto(
        @NotBlank @Size(max = 200) @Schema(example = "Nguyễn Thị Minh Anh") String fullName,
        @NotBlank @Size(max = 100) @Schema(example = "Giám đốc (Director)") String position,
        @NotNull @CountryCode @Schema(example = "VN") String nationality) {}
