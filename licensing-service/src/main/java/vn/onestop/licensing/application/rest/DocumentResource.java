package vn.onestop.licensing.application.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.onestop.licensing.application.model.DocumentType;
import vn.onestop.licensing.application.model.DossierDocument;
import vn.onestop.licensing.application.service.DocumentService;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.problem.ProblemResponses;
import vn.onestop.support.security.CurrentActor;
import vn.onestop.support.validation.EnumValue;

/** The dossier's PDF documents of an application. */
@Path("/applications/{id}/documents")
@Tag(name = "Documents", description = "Dossier documents (PDF)")
public class DocumentResource {

    private final DocumentService documents;
    private final CurrentActor actor;

    DocumentResource(DocumentService documents, CurrentActor actor) {
        this.documents = documents;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INVESTOR)
    @Operation(
            operationId = "uploadDocument",
            summary = "Upload a dossier document",
            description =
                    "PDF only (checked by content), up to the configured size (413 above it);"
                            + " while a draft or when a supplement is requested.")
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location is set",
            content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
    @ProblemResponses.Conflict
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    public Response upload(
            @PathParam("id") UUID id,
            @RestForm("type") @NotNull @EnumValue(DocumentType.class) String type,
            @RestForm("file") @NotNull FileUpload file) {
        DossierDocument document =
                documents.upload(
                        actor.get(),
                        id,
                        DocumentType.valueOf(type),
                        file.fileName(),
                        file.uploadedFile());
        var location =
                UriBuilder.fromResource(DocumentResource.class)
                        .path("{documentId}/content")
                        .build(id, document.id());
        return Response.created(location).entity(toResponse(document)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
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
            operationId = "listDocuments",
            summary = "List every version of the dossier's documents")
    public List<DocumentResponse> list(@PathParam("id") UUID id) {
        return documents.list(actor.get(), id).stream().map(DocumentResource::toResponse).toList();
    }

    @GET
    @Path("{documentId}/content")
    @Produces("application/pdf")
    @RolesAllowed({
        Roles.INVESTOR,
        Roles.RECEPTION,
        Roles.ENVIRONMENT,
        Roles.APPRAISAL,
        Roles.APPROVER,
        Roles.AUDITOR,
        Roles.AGENCY
    })
    @Operation(operationId = "downloadDocument", summary = "Download a document")
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        var download = documents.download(actor.get(), id, documentId);
        String filename =
                URLEncoder.encode(download.document().filename(), StandardCharsets.UTF_8)
                        .replace("+", "%20");
        return Response.ok(download.content(), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + filename)
                .header("X-Content-SHA256", download.document().sha256())
                .build();
    }

    public static DocumentResponse toResponse(DossierDocument document) {
        return new DocumentResponse(
                document.id(),
                document.type(),
                document.filename(),
                document.sizeBytes(),
                document.sha256(),
                document.uploadedAt(),
                document.isCurrent());
    }
}
