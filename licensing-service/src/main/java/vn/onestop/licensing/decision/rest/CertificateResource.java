package vn.onestop.licensing.decision.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.licensing.decision.service.CertificateRegistry;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.problem.ProblemResponses;
import vn.onestop.support.rest.PageResponse;
import vn.onestop.support.security.CurrentActor;

/** The officials' signing certificates: registered by their holders, revoked by administrators. */
@Path("/")
@Authenticated
@Tag(name = "Certificates", description = "Officials' signing certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    private final CertificateRegistry registry;
    private final CurrentActor actor;
    private final Clock clock;

    CertificateResource(CertificateRegistry registry, CurrentActor actor, Clock clock) {
        this.clock = clock;
        this.registry = registry;
        this.actor = actor;
    }

    @POST
    @Path("officials/me/certificates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({
        Roles.RECEPTION,
        Roles.ENVIRONMENT,
        Roles.APPRAISAL,
        Roles.APPROVER,
        Roles.AGENCY
    })
    @Operation(
            operationId = "registerCertificate",
            summary = "Register my signing certificate",
            description =
                    "It must chain to a trust anchor, be valid now, allow digitalSignature or"
                            + " nonRepudiation and carry a P-256 or ≥3072-bit RSA key (422"
                            + " otherwise). 201 when registered, 200 when it already was; 409 when"
                            + " another official registered it.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location is set",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already registered to the caller",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    public Response register(@NotNull @Valid CertificateRequests.Registration request) {
        var registration = registry.register(actor.get(), request.certificateChain());
        var body = CertificateResponse.of(registration.certificate(), clock.instant());
        if (!registration.created()) {
            return Response.ok(body).build();
        }
        var location =
                UriBuilder.fromResource(CertificateResource.class)
                        .path("certificates/{id}")
                        .build(body.id());
        return Response.created(location).entity(body).build();
    }

    @GET
    @Path("officials/me/certificates")
    @RolesAllowed({
        Roles.RECEPTION,
        Roles.ENVIRONMENT,
        Roles.APPRAISAL,
        Roles.APPROVER,
        Roles.AGENCY
    })
    @Operation(operationId = "listMyCertificates", summary = "My registered certificates")
    public List<CertificateResponse> mine() {
        Instant now = clock.instant();
        return registry.ownedBy(actor.get()).stream()
                .map(c -> CertificateResponse.of(c, now))
                .toList();
    }

    @GET
    @Path("certificates")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.AUDITOR})
    @Operation(
            operationId = "listCertificates",
            summary = "Every registered certificate, newest first")
    public PageResponse<CertificateResponse> list(
            @QueryParam("subject") String subject,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        Instant now = clock.instant();
        return PageResponse.of(
                registry.search(subject, page, size),
                page,
                size,
                registry.count(subject),
                c -> CertificateResponse.of(c, now));
    }

    @GET
    @Path("certificates/{id}")
    @Operation(
            operationId = "getCertificate",
            summary = "One registered certificate",
            description = "For its holder, administrators and auditors; 404 for anyone else.")
    public CertificateResponse get(@PathParam("id") UUID id) {
        var caller = actor.get();
        boolean overseer = caller.hasRole(Roles.ADMINISTRATOR) || caller.hasRole(Roles.AUDITOR);
        return CertificateResponse.of(registry.get(caller, id, overseer), clock.instant());
    }

    @POST
    @Path("certificates/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(
            operationId = "revokeCertificate",
            summary = "Revoke a certificate",
            description =
                    "From now on it signs nothing; decisions signed before stay valid. 409 when"
                            + " already revoked.")
    @ProblemResponses.Conflict
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = CertificateResponse.class)))
    public CertificateResponse revoke(
            @PathParam("id") UUID id, @NotNull @Valid CertificateRequests.Revocation request) {
        return CertificateResponse.of(
                registry.revoke(actor.get(), id, request.reason()), clock.instant());
    }
}
