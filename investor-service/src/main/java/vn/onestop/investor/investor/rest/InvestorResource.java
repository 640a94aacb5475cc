package vn.onestop.investor.investor.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.investor.investor.model.Investor;
import vn.onestop.investor.investor.model.InvestorSearch;
import vn.onestop.investor.investor.model.InvestorStatus;
import vn.onestop.investor.investor.model.InvestorType;
import vn.onestop.investor.investor.service.InvestorService;
import vn.onestop.investor.security.Roles;
import vn.onestop.support.precondition.EntityTags;
import vn.onestop.support.rest.PageResponse;
import vn.onestop.support.security.CurrentActor;
import vn.onestop.support.validation.CountryCode;
import vn.onestop.support.validation.EnumValue;

/** Investors registering and keeping their record; officials and auditors reading records. */
@Path("/investors")
@Authenticated
@Tag(name = "Investors", description = "Investor registration and records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvestorResource {

    private final InvestorService service;
    private final CurrentActor actor;

    InvestorResource(InvestorService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.INVESTOR)
    @Operation(
            summary = "Register as an investor",
            description = "One record per account; it starts PENDING_VERIFICATION.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = InvestorResponse.class)))
    @ProblemResponses.Validation
    @vn.onestop.support.problem.ProblemResponses.Conflict
    public Response register(@NotNull @Valid InvestorRequest request) {
        Investor investor = service.register(actor.get(), InvestorMapper.toProfile(request));
        var location =
                UriBuilder.fromResource(InvestorResource.class).path("{id}").build(investor.id());
        return withETag(Response.created(location), investor).build();
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.INVESTOR)
    @Operation(summary = "Read my own investor record")
    @APIResponse(
            responseCode = "200",
            description = "The caller's record, with its ETag",
            content = @Content(schema = @Schema(implementation = InvestorResponse.class)))
    @ProblemResponses.NotFound
    public Response me() {
        return withETag(Response.ok(), service.findOwn(actor.get())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INVESTOR, Roles.RECEPTION, Roles.AUDITOR})
    @Operation(
            summary = "Read an investor record",
            description = "Investors can read only their own record; others are reported missing.")
    @APIResponse(
            responseCode = "200",
            description = "The record, with its ETag",
            content = @Content(schema = @Schema(implementation = InvestorResponse.class)))
    @ProblemResponses.NotFound
    public Response get(@PathParam("id") UUID id) {
        return withETag(Response.ok(), service.get(actor.get(), id)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.INVESTOR)
    @Operation(
            summary = "Correct my investor record",
            description =
                    "Allowed while pending or rejected; correcting a rejected record submits it"
                            + " for verification again.")
    @APIResponse(
            responseCode = "200",
            description = "Updated, with the new ETag",
            content = @Content(schema = @Schema(implementation = InvestorResponse.class)))
    @ProblemResponses.Validation
    @ProblemResponses.NotFound
    @vn.onestop.support.problem.ProblemResponses.Conflict
    @vn.onestop.support.problem.ProblemResponses.PreconditionFailed
    @vn.onestop.support.problem.ProblemResponses.PreconditionRequired
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid InvestorRequest request) {
        Investor investor =
                service.updateProfile(actor.get(), id, ifMatch, InvestorMapper.toProfile(request));
        return withETag(Response.ok(), investor).build();
    }

    @GET
    @RolesAllowed({Roles.RECEPTION, Roles.AUDITOR})
    @Operation(summary = "Search investor records", description = "Newest first, paged.")
    @APIResponse(responseCode = "200", description = "One page of records")
    @ProblemResponses.Validation
    public PageResponse<InvestorResponse> search(
            @QueryParam("status") @EnumValue(InvestorStatus.class) String status,
            @QueryParam("type") @EnumValue(InvestorType.class) String type,
            @QueryParam("country") @CountryCode String country,
            @QueryParam("name") @Size(max = 100) String name,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var search =
                new InvestorSearch(
                        status == null ? null : InvestorStatus.valueOf(status),
                        type == null ? null : InvestorType.valueOf(type),
                        country,
                        name);
        return PageResponse.of(
                service.search(search, page, size),
                page,
                size,
                service.count(search),
                InvestorMapper::toResponse);
    }

    static Response.ResponseBuilder withETag(Response.ResponseBuilder builder, Investor investor) {
        return builder.header(HttpHeaders.ETAG, EntityTags.of(investor.version()))
                .entity(InvestorMapper.toResponse(investor));
    }
}
