package vn.onestop.licensing.licence.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.onestop.licensing.licence.service.Licences;
import vn.onestop.licensing.licence.service.PublicRateLimiter;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.problem.ProblemResponses;

/**
 * Anyone can check a licence without logging in: by its number, and whether a PDF they hold is the
 * exact sealed document. As JSON for programs, and as the small page the licence's QR code opens.
 * Rate-limited per client address.
 */
@Path("/")
@PermitAll
@SecurityRequirements
@Tag(name = "Public verification", description = "Licence verification without login")
public class PublicLicenceResource {

    /** What anyone may learn about a licence number. */
    @Schema(name = "LicenceVerification")
    public record Verification(
            @Schema(example = "BQL-2026-000001") String certificateNumber,
            @Schema(enumeration = {"VALID", "REVOKED", "UNKNOWN"}) String status,
            LocalDate issuedOn,
            String investorName,
            String projectName,
            String location,
            @Schema(description = "SHA-256 of the sealed PDF, hex") String pdfSha256,
            Instant revokedAt,
            @Schema(description = "For an uploaded file: whether it is the exact sealed document")
                    Boolean documentMatches) {}

    private final Licences licences;
    private final PublicRateLimiter limiter;
    private final Template page;

    PublicLicenceResource(
            Licences licences,
            PublicRateLimiter limiter,
            @Location("licence-verification.html") Template page) {
        this.licences = licences;
        this.limiter = limiter;
        this.page = page;
    }

    @GET
    @Path("public/licences/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "verifyLicence",
            summary = "Is this licence number valid?",
            description =
                    "VALID, REVOKED or UNKNOWN with the licence's key facts; 429 when rate-limited.")
    @ProblemResponses.TooManyRequests
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = Verification.class)))
    public Verification verify(
            @PathParam("number") String number, @Context HttpServerRequest request) {
        limiter.acquire(client(request));
        return verification(number, licences.byNumber(number), null);
    }

    @POST
    @Path("public/licences/{number}/document")
    @Consumes("application/pdf")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "verifyLicenceDocument",
            summary = "Is this PDF the exact sealed licence?",
            description = "Send the file as the request body; documentMatches answers.")
    @ProblemResponses.TooManyRequests
    @ProblemResponses.UnsupportedMediaType
    @APIResponse(
            responseCode = "200",
            description = "Done; the resource as it now is",
            content = @Content(schema = @Schema(implementation = Verification.class)))
    public Verification verifyDocument(
            @PathParam("number") String number, byte[] upload, @Context HttpServerRequest request) {
        limiter.acquire(client(request));
        var issued = licences.byNumber(number);
        return verification(
                number,
                issued,
                issued.map(i -> Licences.isTheSealedDocument(i.licence(), upload)).orElse(null));
    }

    @GET
    @Path("verify/licences/{number}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "licenceVerificationPage", summary = "The page the QR code opens")
    @ProblemResponses.TooManyRequests
    @APIResponse(
            responseCode = "200",
            description = "The verification page",
            content = @Content(mediaType = "text/html"))
    public TemplateInstance pageFor(
            @PathParam("number") String number, @Context HttpServerRequest request) {
        limiter.acquire(client(request));
        return page.data("v", verification(number, licences.byNumber(number), null));
    }

    @POST
    @Path("verify/licences/{number}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            operationId = "licenceVerificationPageWithDocument",
            summary = "The page, checking an uploaded PDF")
    @ProblemResponses.TooManyRequests
    @APIResponse(
            responseCode = "200",
            description = "The verification page",
            content = @Content(mediaType = "text/html"))
    public TemplateInstance pageWithDocument(
            @PathParam("number") String number,
            @RestForm("file") FileUpload file,
            @Context HttpServerRequest request) {
        limiter.acquire(client(request));
        if (file == null) {
            throw ApplicationException.invalid("file", "verification.choose-pdf");
        }
        byte[] upload;
        try {
            upload = java.nio.file.Files.readAllBytes(file.uploadedFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var issued = licences.byNumber(number);
        return page.data(
                "v",
                verification(
                        number,
                        issued,
                        issued.map(i -> Licences.isTheSealedDocument(i.licence(), upload))
                                .orElse(null)));
    }

    private static Verification verification(
            String number, Optional<Licences.Issued> found, Boolean matches) {
        if (found.isEmpty()) {
            return new Verification(number, "UNKNOWN", null, null, null, null, null, null, null);
        }
        var issued = found.get();
        var details = issued.application().details();
        return new Verification(
                issued.licence().certificateNumber(),
                issued.status().name(),
                issued.licence().issuedOn(),
                issued.application().investorName(),
                details.projectName(),
                details.zone() == null ? details.park() : details.zone() + ", " + details.park(),
                issued.licence().pdfSha256(),
                issued.licence().revokedAt(),
                matches);
    }

    private static String client(HttpServerRequest request) {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
