package vn.onestop.support.problem;

/**
 * The kinds of problem this service reports, each with its HTTP status and a stable type URI that
 * clients may switch on (RFC 9457 {@code type}).
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "validation-failed", "The request has invalid fields"),
    MALFORMED_REQUEST(400, "malformed-request", "The request body cannot be read"),
    UNAUTHORIZED(401, "unauthorized", "Authentication is required"),
    FORBIDDEN(403, "forbidden", "You are not allowed to do this"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    CONFLICT(409, "conflict", "The request conflicts with the resource's current state"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The upload is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "This kind of content is not accepted"),
    UNPROCESSABLE(422, "unprocessable", "The request cannot be carried out"),
    PRECONDITION_REQUIRED(428, "precondition-required", "An If-Match header is required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests; slow down"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service temporarily unavailable");

    private static final String TYPE_PREFIX = "urn:onestop:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The key of the title in the caller's language ({@link #title()} is the English one). */
    public String titleKey() {
        return "title." + slug;
    }

    public String uri() {
        return TYPE_PREFIX + slug;
    }
}
