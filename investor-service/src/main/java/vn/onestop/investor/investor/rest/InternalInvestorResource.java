package vn.onestop.investor.investor.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.onestop.investor.investor.service.InvestorService;
import vn.onestop.investor.security.Roles;

/**
 * Reads for other services of the suite (licensing-service, with its client-credentials token),
 * which must know an investor's status before acting for them.
 */
@Path("/internal/investors")
@RolesAllowed(Roles.INVESTOR_STATUS_READER)
@Tag(name = "Service to service", description = "For other services of the suite only")
@Produces(MediaType.APPLICATION_JSON)
public class InternalInvestorResource {

    private final InvestorService service;

    InternalInvestorResource(InvestorService service) {
        this.service = service;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an investor's status")
    @APIResponse(responseCode = "200", description = "The investor's status")
    @ProblemResponses.NotFound
    public InvestorStatusResponse status(@PathParam("id") UUID id) {
        return InvestorMapper.toStatus(service.getForService(id));
    }

    @GET
    @Operation(summary = "Find the investor registered by an account")
    @APIResponse(responseCode = "200", description = "The investor's status")
    @ProblemResponses.Validation
    @ProblemResponses.NotFound
    public InvestorStatusResponse byOwner(
            @QueryParam("issuer") @NotBlank String issuer,
            @QueryParam("subject") @NotBlank String subject) {
        return InvestorMapper.toStatus(service.findByOwner(issuer, subject));
    }
}
