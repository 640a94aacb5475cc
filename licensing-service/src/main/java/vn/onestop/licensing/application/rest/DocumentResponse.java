package vn.onestop.licensing.application.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.licensing.application.model.DocumentType;

/** One version of a dossier document. */
@Schema(name = "Document")
public record DocumentResponse(
        UUID id,
        DocumentType type,
        @Schema(description = "Sanitised file name") String filename,
        long sizeBytes,
        @Schema(description = "SHA-256 of the bytes, hex") String sha256,
        Instant uploadedAt,
        @Schema(description = "False once a newer version of the same type was uploaded")
                boolean current) {}
