package vn.onestop.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.onestop.support.audit.AccessDenials;

/**
 * The one place where failures become RFC 9457 responses. Bodies name what is wrong in terms of the
 * API (fields, headers, states), never Java classes or stack traces.
 */
public class ProblemMapper {

    private final AccessDenials denials;

    ProblemMapper(AccessDenials denials) {
        this.denials = denials;
    }

    @ServerExceptionMapper
    public Response application(ApplicationException e, UriInfo uri) {
        if (e.type() == ProblemType.FORBIDDEN) {
            denials.refused(e.getMessage());
        }
        return respond(Problem.of(e.type(), e.getMessage(), path(uri), e.fieldErrors()));
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors =
                e.getConstraintViolations().stream()
                        .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                        .sorted(Comparator.comparing(FieldError::field))
                        .toList();
        if (e.getConstraintViolations().stream().anyMatch(ProblemMapper::isReturnValue)) {
            Log.errorf("Response failed validation: %s", errors);
            return internalError(uri);
        }
        String detail =
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return respond(Problem.of(ProblemType.VALIDATION_FAILED, detail, path(uri), errors));
    }

    /** More specific than Jackson's built-in mapper, which answers without problem details. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            FieldError error = new FieldError(jsonPath(mapping), jsonMessage(mapping));
            return respond(
                    Problem.of(
                            ProblemType.VALIDATION_FAILED,
                            "1 field is invalid",
                            path(uri),
                            List.of(error)));
        }
        String where =
                e.getLocation() == null
                        ? ""
                        : " at line "
                                + e.getLocation().getLineNr()
                                + ", column "
                                + e.getLocation().getColumnNr();
        return respond(
                Problem.of(
                        ProblemType.MALFORMED_REQUEST,
                        "The body is not valid JSON" + where,
                        path(uri)));
    }

    @ServerExceptionMapper({
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class,
        UnauthorizedException.class
    })
    public Response unauthenticated(UriInfo uri) {
        Problem problem =
                Problem.of(
                        ProblemType.UNAUTHORIZED,
                        "A valid bearer token issued for this service is required",
                        path(uri));
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        denials.refused("The caller's roles do not allow this operation");
        return respond(
                Problem.of(
                        ProblemType.FORBIDDEN,
                        "Your roles do not allow this operation",
                        path(uri)));
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return respond(
                Problem.of(
                        ProblemType.PRECONDITION_FAILED,
                        "Someone else changed the resource at the same time; read it again and"
                                + " retry",
                        path(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.error("Request failed", e);
            return internalError(uri);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String reason = statusType == null ? "Request failed" : statusType.getReasonPhrase();
        Problem problem = new Problem("about:blank", reason, status, reason, path(uri), List.of());
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causes(e)) {
            Log.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(
                            respond(
                                    Problem.of(
                                            ProblemType.SERVICE_UNAVAILABLE,
                                            "The database is unavailable; retry shortly",
                                            path(uri))))
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        Log.error("Unexpected failure", e);
        return internalError(uri);
    }

    private static Response internalError(UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        Log.errorf("Internal error reported to the client as incident %s", incident);
        return respond(
                Problem.of(
                        ProblemType.INTERNAL_ERROR,
                        "The request could not be completed (incident " + incident + ")",
                        path(uri)));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The API-facing name of a violated field: the body's JSON path (without the Java method and
     * parameter names) or, for a query or path parameter, the parameter's name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> appendNode(field, node);
                default -> {
                    // method and bean nodes carry Java names only
                }
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter == null ? "request" : parameter;
    }

    private static void appendNode(StringBuilder field, Path.Node node) {
        if (node.getIndex() != null && !field.isEmpty()) {
            field.append('[').append(node.getIndex()).append(']');
        }
        if (node.getName() != null && !node.getName().startsWith("<")) {
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String jsonMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            String allowed =
                    Arrays.stream(invalid.getTargetType().getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
            return "must be one of: " + allowed;
        }
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() == java.time.LocalDate.class) {
            return "must be a date in the form YYYY-MM-DD";
        }
        if (e instanceof InvalidFormatException invalid
                && Number.class.isAssignableFrom(invalid.getTargetType())) {
            return "must be a number";
        }
        if (e instanceof InvalidFormatException) {
            return "has an invalid value";
        }
        return "has the wrong JSON type";
    }
}
