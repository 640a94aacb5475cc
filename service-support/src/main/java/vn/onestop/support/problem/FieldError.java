package vn.onestop.support.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: the JSON path of the field (or query parameter name) and what is wrong. */
@Schema(name = "FieldError", description = "One invalid field of a request")
public record FieldError(
        @Schema(example = "identityDocument.number") String field,
        @Schema(example = "must not be blank") String message) {}
