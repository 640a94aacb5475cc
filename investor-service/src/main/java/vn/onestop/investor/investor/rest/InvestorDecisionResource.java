package vn.onestop.investor.investor.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.investor.investor.service.InvestorVerificationService;
import vn.onestop.investor.security.Roles;
import vn.onestop.support.security.CurrentActor;

/** Reception officials' decisions on an investor record, each against the ETag they read. */
@Path("/investors/{id}")
@RolesAllowed(Roles.RECEPTION)
@Tag(name = "Investor verification", description = "Officials verify, reject, suspend, reinstate")
@Produces(MediaType.APPLICATION_JSON)
public class InvestorDecisionResource {

    private final InvestorVerificationService service;
    private final CurrentActor actor;

    InvestorDecisionResource(InvestorVerificationService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @Path("verify")
    @Operation(summary = "Verify a pending investor record")
    @APIResponse(
            responseCode = "200",
            description = "Verified, with the new ETag",
            content = @Content(schema = @Schema(implementation = InvestorResponse.class)))
    @ProblemResponses.Decision
    public Response verify(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return InvestorResource.withETag(Response.ok(), service.verify(actor.get(), id, ifMatch))
                .build();
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a pending investor record, with the reason")
    @APIResponse(
            responseCode = "200",
            description = "Rejected, with the new ETag",
            content = @Content(schema = @Schema(implementation = InvestorResponse.class)))
    @ProblemResponses.Decision
    @ProblemResponses.Validation
    public Response reject(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReasonRequest request) {
        return InvestorResource.withETag(
                        Response.ok(), service.reject(actor.get(), id, ifMatch, request.reason()))
                .build();
    }

    @POST
    @Path("suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend a verified investor, with the reason")
    @APIResponse(
            responseCode = "200",
            description = "Suspended, with the new ETag",
            content = @Content(schema = @Schema(implementation = InvestorResponse.class)))
    @ProblemResponses.Decision
    @ProblemResponses.Validation
    public Response suspend(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReasonRequest request) {
        return InvestorResource.withETag(
                        Response.ok(), service.suspend(actor.get(), id, ifMatch, request.reason()))
                .build();
    }

    @POST
    @Path("reinstate")
    @Operation(summary = "Reinstate a suspended investor")
    @APIResponse(
            responseCode = "200",
            description = "Verified again, with the new ETag",
            content = @Content(schema = @Schema(implementation = InvestorResponse.class)))
    @ProblemResponses.Decision
    public Response reinstate(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return InvestorResource.withETag(Response.ok(), service.reinstate(actor.get(), id, ifMatch))
                .build();
    }
}
