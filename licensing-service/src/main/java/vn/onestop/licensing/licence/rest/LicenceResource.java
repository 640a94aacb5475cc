package vn.onestop.licensing.licence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.licensing.licence.service.LicenceIssuer;
import vn.onestop.licensing.licence.service.Licences;
import vn.onestop.licensing.security.Roles;
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
