package vn.onestop.licensing.licence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.licensing.licence.service.LicenceIssuer;
import vn.onestop.licensing.licence.service.Licences;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.problem.ProblemResponses;
import vn.onestop.support.security.CurrentActor;

/** A case's licence and its sealed PDF, for the investor, officials and auditors. */
@Path("/applications/{id}/licence")
@RolesAllowed({
    Roles.INVESTOR,
    Roles.RECEPTION,
    Roles.ENVIRONMENT,
    Roles.APPRAISAL,
    Roles.APPROVER,
    Roles.AUDITOR
})
@Tag(name = "Licences", description = "Investment Registration Certificates")
public class LicenceResource {

    private final Licences licences;
    private final LicenceIssuer issuer;
    private final CurrentActor actor;

    LicenceResource(Licences licences, LicenceIssuer issuer, CurrentActor actor) {
        this.licences = licences;
        this.issuer = issuer;
        this.actor = actor;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getLicence",
            summary = "The case's licence",
            description = "404 until the sealed licence is issued.")
    public LicenceResponse get(@PathParam("id") UUID id) {
        var issued = licences.forApplication(actor.get(), id);
        return LicenceResponse.of(
                issued, issuer.verificationUrl(issued.licence().certificateNumber()));
    }

    /** Why a licence is revoked. */
    @Schema(name = "LicenceRevocation")
    public record Revocation(
            @NotBlank @Size(max = 500) @Schema(example = "Project abandoned after inspection")
                    String reason) {}

    @POST
    @Path("revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @Operation(
            operationId = "revokeLicence",
            summary = "Revoke the case's licence",
            description =
                    "Public verification answers REVOKED from now on; 409 when already revoked.")
    @ProblemResponses.Conflict
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = LicenceResponse.class)))
    public LicenceResponse revoke(@PathParam("id") UUID id, @NotNull @Valid Revocation request) {
        var issued = licences.revoke(actor.get(), id, request.reason());
        return LicenceResponse.of(
                issued, issuer.verificationUrl(issued.licence().certificateNumber()));
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(
            operationId = "downloadLicence",
            summary = "The sealed licence (PDF, PAdES e-seal of the authority)")
    public Response pdf(@PathParam("id") UUID id) {
        var licence = licences.forApplication(actor.get(), id).licence();
        return Response.ok(licence.pdf(), "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + licence.certificateNumber() + ".pdf\"")
                .build();
    }
}
