package vn.onestop.support.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Operation-specific problem responses, composed once so each operation's entry in the OpenAPI
 * contract names the problem-details schema. (400, 401, 403, 404 and 500 are documented for every
 * operation they apply to by {@link StandardProblemResponses}.)
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @APIResponse(
            responseCode = "409",
            description = "Not allowed in the resource's current state",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    public @interface Conflict {}

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @APIResponse(
            responseCode = "412",
            description = "If-Match does not match the current version",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    public @interface PreconditionFailed {}

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @APIResponse(
            responseCode = "422",
            description = "Understood but cannot be carried out; the detail says why",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    public @interface Unprocessable {}

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @APIResponse(
            responseCode = "503",
            description = "A service this operation depends on does not answer; retry later",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    public @interface Unavailable {}

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @APIResponse(
            responseCode = "429",
            description = "Too many requests from this address; retry later",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    public @interface TooManyRequests {}

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @APIResponse(
            responseCode = "415",
            description = "The body's content type is not accepted",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    public @interface UnsupportedMediaType {}

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @APIResponse(
            responseCode = "413",
            description = "The upload is larger than allowed",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    public @interface PayloadTooLarge {}

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @APIResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class)))
    public @interface PreconditionRequired {}
}
