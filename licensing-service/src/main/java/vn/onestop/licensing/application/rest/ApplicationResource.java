package vn.onestop.licensing.application.rest;

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
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.licensing.application.service.ApplicationService;
import vn.onestop.licensing.application.service.SubmissionService;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.precondition.EntityTags;
import vn.onestop.support.problem.Problem;
import vn.onestop.support.problem.ProblemResponses;
import vn.onestop.support.rest.PageResponse;
import vn.onestop.support.security.CurrentActor;
import vn.onestop.support.validation.EnumValue;

/** Investors' applications, from draft to submitted case; officials' and auditors' reads. */
@Path("/applications")
@Authenticated
@Tag(name = "Applications", description = "Investment Registration Certificate applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private final ApplicationService applications;
    private final SubmissionService submissions;
    private final CurrentActor actor;

    ApplicationResource(
            ApplicationService applications, SubmissionService submissions, CurrentActor actor) {
        this.applications = applications;
        this.submissions = submissions;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INVESTOR)
    @Operation(
            operationId = "createApplication",
            summary = "Start a draft application",
            description =
                    "The investor must be registered. Any of the project fields may be left out"
                            + " (a draft can be saved after each page); those given are validated.")
    @APIResponse(
            responseCode = "201",
            description = "Created as a draft; Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @ProblemResponses.Unprocessable
    @ProblemResponses.Unavailable
    public Response create(@NotNull @Valid ApplicationRequest request) {
        Application application =
                applications.create(actor.get(), ApplicationMapper.toDetails(request));
        var location =
                UriBuilder.fromResource(ApplicationResource.class)
                        .path("{id}")
                        .build(application.id());
        return withETag(Response.created(location), application).build();
    }

    @GET
    @RolesAllowed({
        Roles.INVESTOR,
        Roles.RECEPTION,
        Roles.ENVIRONMENT,
        Roles.APPRAISAL,
        Roles.APPROVER,
        Roles.AUDITOR
    })
    @Operation(
            operationId = "listApplications",
            summary = "List applications",
            description = "Investors get their own; officials and auditors every submitted case.")
    public PageResponse<ApplicationResponse> list(
            @QueryParam("status") @EnumValue(ApplicationStatus.class) String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var caller = actor.get();
        ApplicationStatus filter = status == null ? null : ApplicationStatus.valueOf(status);
        return PageResponse.of(
                applications.list(caller, filter, page, size),
                page,
                size,
                applications.count(caller, filter),
                ApplicationMapper::toResponse);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Roles.INVESTOR,
        Roles.RECEPTION,
        Roles.ENVIRONMENT,
        Roles.APPRAISAL,
        Roles.APPROVER,
        Roles.AUDITOR,
        Roles.AGENCY
    })
    @Operation(
            operationId = "getApplication",
            summary = "Read an application",
            description =
                    "Someone else's draft or case is reported missing. An agency's officials"
                            + " read the cases it was consulted on.")
    @APIResponse(
            responseCode = "200",
            description = "The application; its version is also the ETag",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return withETag(Response.ok(), applications.get(actor.get(), id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INVESTOR)
    @Operation(
            operationId = "editApplication",
            summary = "Edit my draft",
            description =
                    "Drafts only; If-Match required. The body replaces the draft's project fields:"
                            + " send every field given so far (one left out is cleared).")
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PreconditionRequired
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response edit(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationRequest request) {
        Application application =
                applications.edit(actor.get(), id, ifMatch, ApplicationMapper.toDetails(request));
        return withETag(Response.ok(), application).build();
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed(Roles.INVESTOR)
    @Operation(
            operationId = "submitApplication",
            summary = "Submit my draft",
            description =
                    "Freezes the dossier and starts the case. Send an Idempotency-Key to retry"
                            + " safely. An incomplete draft is refused with 422 and nothing"
                            + " changes: errors names every missing field by its request path"
                            + " and every missing required document as documents.<TYPE>.")
    @ProblemResponses.Conflict
    @APIResponse(
            responseCode = "422",
            description =
                    "The draft lacks fields or required documents (each listed in errors), the"
                            + " investor is not verified, or the Idempotency-Key was used for"
                            + " another application",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    @ProblemResponses.Unavailable
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response submit(
            @PathParam("id") UUID id,
            @HeaderParam("Idempotency-Key") @Size(min = 8, max = 100) String idempotencyKey) {
        return withETag(Response.ok(), submissions.submit(actor.get(), id, idempotencyKey)).build();
    }

    @POST
    @Path("{id}/resubmission")
    @RolesAllowed(Roles.INVESTOR)
    @Operation(
            operationId = "resubmitApplication",
            summary = "Answer a supplement request",
            description = "The case returns to the stage that asked.")
    @ProblemResponses.Conflict
    @ProblemResponses.Unprocessable
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response resubmit(@PathParam("id") UUID id) {
        return withETag(Response.ok(), submissions.resubmit(actor.get(), id)).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.INVESTOR)
    @Operation(
            operationId = "withdrawApplication",
            summary = "Withdraw my case",
            description = "Allowed until the approver has decided.")
    @ProblemResponses.Conflict
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public Response withdraw(@PathParam("id") UUID id) {
        return withETag(Response.ok(), submissions.withdraw(actor.get(), id)).build();
    }

    private static Response.ResponseBuilder withETag(
            Response.ResponseBuilder builder, Application application) {
        return builder.header(HttpHeaders.ETAG, EntityTags.of(application.version()))
                .entity(ApplicationMapper.toResponse(application));
    }
}
