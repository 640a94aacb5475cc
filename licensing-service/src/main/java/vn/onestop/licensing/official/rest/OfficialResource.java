package vn.onestop.licensing.official.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.licensing.official.service.OfficialDirectory;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.rest.PageResponse;
import vn.onestop.support.security.CurrentActor;

/** The directory of officials: filled by their sign-ins, read by supervisors handing over tasks. */
@Path("/")
@Tag(name = "Officials", description = "The officials who work the inbox")
@Produces(MediaType.APPLICATION_JSON)
public class OfficialResource {

    private final OfficialDirectory directory;
    private final CurrentActor actor;
    private final JsonWebToken token;

    OfficialResource(OfficialDirectory directory, CurrentActor actor, JsonWebToken token) {
        this.directory = directory;
        this.actor = actor;
        this.token = token;
    }

    @PUT
    @Path("officials/me")
    @RolesAllowed({
        Roles.RECEPTION,
        Roles.ENVIRONMENT,
        Roles.APPRAISAL,
        Roles.APPROVER,
        Roles.AGENCY
    })
    @Operation(
            operationId = "recordOfficialSignIn",
            summary = "Record my sign-in in the officials' directory",
            description =
                    "Takes no body: the account, name and groups come from the token. The portal"
                            + " calls it when an official opens the workspace; a supervisor can"
                            + " hand tasks only to officials recorded here with the task's"
                            + " group. Repeating it only refreshes the entry.")
    public OfficialResponse signedIn() {
        String name = token.getClaim("name");
        return OfficialResponse.of(directory.signedIn(actor.get(), name));
    }

    @GET
    @Path("officials")
    @RolesAllowed(Roles.APPROVER)
    @Operation(
            operationId = "listOfficials",
            summary = "Officials holding a group (supervisors)",
            description = "By user name, paged: whom a task of that group can be handed to.")
    public PageResponse<OfficialResponse> inGroup(
            @QueryParam("group")
                    @NotNull
                    @Pattern(regexp = "[a-z][a-z0-9-]{0,59}", message = "{onestop.group}")
                    String group,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return PageResponse.of(
                directory.inGroup(group, page, size),
                page,
                size,
                directory.countInGroup(group),
                OfficialResponse::of);
    }
}
