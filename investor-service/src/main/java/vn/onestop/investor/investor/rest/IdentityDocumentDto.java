package vn.onestop.investor.investor.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.investor.investor.model.IdentityDocumentType;
import vn.onestop.support.validation.CountryCode;

/** The investor's identity document. */
@Schema(name = "IdentityDocument")
public record IdentityDocumentDto(
        @NotNull IdentityDocumentType type,
        @NotBlank
                @Size(max = 50)
                @Pattern(regexp = "[A-Za-z0-9-]*", message = "{onestop.documentNumber}")
                @Schema(example = "0108123456")
                String number,
        @NotNull @CountryCode @Schema(example = "VN") String issuingCountry,
        @Schema(description = "Required for passports and citizen IDs", example = "2031-05-20")
                LocalDate expiresOn) {}
