package vn.onestop.investor.investor.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.support.validation.CountryCode;

/** A postal address. */
@Schema(name = "Address")
public record AddressDto(
        @NotBlank @Size(max = 300) @Schema(example = "Lô CN1, Khu công nghệ cao Hòa Lạc")
                String street,
        @NotBlank @Size(max = 100) @Schema(example = "Hà Nội") String city,
        @Size(max = 20) @Schema(example = "100000") String postalCode,
        @NotNull @CountryCode @Schema(example = "VN") String country) {}
