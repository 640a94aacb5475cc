package vn.onestop.licensing.task.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed decision: the document as the service gave it, and the official's signature over it. */
@Schema(name = "CompletionRequest")
public record CompletionRequest(
        @NotBlank
                @Size(max = 20_000)
                @Schema(
                        description =
                                "The `canonical` text of the decision document, unchanged: the"
                                        + " outcome, comment and reasons are taken from it")
                String document,
        @NotBlank
                @Size(max = 20_000)
                @Schema(
                        description =
                                "Compact JWS with detached payload (`header..signature`) over the"
                                        + " document's UTF-8 bytes; ES256, PS256 or RS256 (RSA ≥"
                                        + " 3072 bits), certificate chain in `x5c`",
                        example = "eyJhbGciOiJFUzI1NiIsIng1YyI6WyJNSUlC...\"]}..MEUCIQ...")
                String signature) {}
