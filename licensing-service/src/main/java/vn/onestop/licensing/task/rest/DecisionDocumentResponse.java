package vn.onestop.licensing.task.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The document to sign for a task and outcome. */
@Schema(name = "DecisionDocument")
public record DecisionDocumentResponse(
        @Schema(description = "The decision, readable") Map<String, Object> document,
        @Schema(
                        description =
                                "Its RFC 8785 canonical text: sign exactly these UTF-8 bytes and"
                                        + " send them back unchanged")
                String canonical,
        @Schema(description = "SHA-256 of the canonical text, hex") String documentHash,
        @Schema(description = "Signature algorithms the service accepts")
                List<String> algorithms) {}
