package vn.onestop.licensing.decision.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the certificate registry's operations. */
public final class CertificateRequests {

    private CertificateRequests() {}

    /** An official's certificate, with its intermediates, as in a JWS {@code x5c} header. */
    @Schema(name = "CertificateRegistration")
    public record Registration(
            @NotEmpty
                    @Size(max = 10)
                    @Schema(
                            description =
                                    "Base64 (not URL-safe) DER certificates, the official's first,"
                                            + " then its issuers")
                    List<@NotBlank @Size(max = 20_000) String> certificateChain) {}

    /** Why a certificate is revoked. */
    @Schema(name = "CertificateRevocation")
    public record Revocation(
            @NotBlank @Size(max = 500) @Schema(example = "Smart card reported lost")
                    String reason) {}
}
