package vn.onestop.investor.investor.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an official rejects or suspends a record; shown to the investor. */
@Schema(name = "ReasonRequest")
public record ReasonRequest(
        @NotBlank
                @Size(max = 2000)
                @Schema(example = "The enterprise registration certificate number does not match")
                String reason) {}
