package vn.onestop.licensing.decision.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.licensing.decision.service.SignedDecisions;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.security.CurrentActor;

/** A case's signed decisions, for officials, auditors and the agencies consulted on it. */
@Path("/applications/{id}/signed-decisions")
@RolesAllowed({
    Roles.RECEPTION,
    Roles.ENVIRONMENT,
    Roles.APPRAISAL,
    Roles.APPROVER,
    Roles.AUDITOR,
    Roles.AGENCY
})
@Tag(name = "Case file", description = "Timeline and one-stop-shop forms")
@Produces(MediaType.APPLICATION_JSON)
public class SignedDecisionResource {

    private final SignedDecisions decisions;
    private final CurrentActor actor;
    private final Clock clock;

    SignedDecisionResource(SignedDecisions decisions, CurrentActor actor, Clock clock) {
        this.clock = clock;
        this.decisions = decisions;
        this.actor = actor;
    }

    /** One signed decision, with everything needed to verify it again independently. */
    @Schema(name = "SignedDecision")
    public record SignedDecisionResponse(
            String taskId,
            @Schema(example = "APPROVAL") String stage,
            @Schema(example = "APPROVE") String outcome,
            Instant decidedAt,
            String official,
            @Schema(description = "The RFC 8785 text that was signed") String document,
            String documentHash,
            @Schema(description = "Hash of the case's previous decision; absent for the first")
                    String previousDecisionHash,
            @Schema(description = "Detached compact JWS over the document") String signature,
            CertificateResponse certificate,
            @Schema(description = "Base64 DER of the signing certificate") String certificateDer,
            @Schema(description = "What the service verified when the decision was made")
                    Map<String, Object> verification) {}

    @GET
    @Operation(
            operationId = "listSignedDecisions",
            summary = "The case's decisions with their signed documents and signatures",
            description =
                    "A certificate revoked later shows its revocation time; decisions signed"
                            + " before it stay valid.")
    public List<SignedDecisionResponse> list(@PathParam("id") UUID id) {
        Instant now = clock.instant();
        return decisions.forCase(actor.get(), id).stream()
                .map(
                        s ->
                                new SignedDecisionResponse(
                                        s.decision().taskId(),
                                        s.decision().stage(),
                                        s.decision().outcome(),
                                        s.decision().decidedAt(),
                                        s.decision().officialUsername(),
                                        s.decision().document(),
                                        s.decision().documentHash(),
                                        s.decision().previousHash(),
                                        s.decision().signature(),
                                        CertificateResponse.of(s.certificate(), now),
                                        Base64.getEncoder()
                                                .encodeToString(s.certificate().certificateDer()),
                                        s.decision().verification()))
                .toList();
    }
}
