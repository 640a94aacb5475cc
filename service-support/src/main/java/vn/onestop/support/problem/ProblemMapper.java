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
import jakarta.enterprise.event.Event;
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
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/**
 * The one place where failures become RFC 9457 responses. Bodies name what is wrong in terms of the
 * API (fields, headers, states), never Java classes or stack traces.
 */
public class ProblemMapper {

    private final Event<AccessRefused> refusals;

    ProblemMapper(Event<AccessRefused> refusals) {
        this.refusals = refusals;
    }

    @ServerExceptionMapper
    public Response application(ApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.type() == ProblemType.FORBIDDEN) {
            refusals.fire(new AccessRefused(e.getMessage()));
        }
        Locale locale = localeOf(headers);
        List<FieldError> errors =
                e.fieldErrors().stream()
                        .map(f -> new FieldError(f.field(), f.message().in(locale)))
                        .toList();
        return respond(e.type(), e.detail(), uri, locale, errors);
    }

    @ServerExceptionMapper
    public Response violations(
            ResteasyReactiveViolationException e, UriInfo uri, HttpHeaders headers) {
        return constraintViolations(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response constraintViolations(
            ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors =
                e.getConstraintViolations().stream()
                        .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                        .sorted(Comparator.comparing(FieldError::field))
                        .toList();
        if (e.getConstraintViolations().stream().anyMatch(ProblemMapper::isReturnValue)) {
            Log.errorf("Response failed validation: %s", errors);
            return internalError(uri, headers);
        }
        // Bean Validation has already worded each field in the caller's language.
        return respond(
                ProblemType.VALIDATION_FAILED,
                ApplicationException.fieldsInvalid(errors.size()),
                uri,
                localeOf(headers),
                errors);
    }

    /** More specific than Jackson's built-in mapper, which answers without problem details. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    /** A multipart body whose part headers cannot be parsed, e.g. a file name with a line break. */
    @ServerExceptionMapper
    public Response malformedMultipart(
            MultipartParser.MalformedMessageException e, UriInfo uri, HttpHeaders headers) {
        return respond(
                ProblemType.MALFORMED_REQUEST,
                Wording.of("multipart.malformed"),
                uri,
                localeOf(headers),
                List.of());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = localeOf(headers);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            FieldError error = new FieldError(jsonPath(mapping), jsonMessage(mapping).in(locale));
            return respond(
                    ProblemType.VALIDATION_FAILED,
                    ApplicationException.fieldsInvalid(1),
                    uri,
                    locale,
                    List.of(error));
        }
        Wording detail =
                e.getLocation() == null
                        ? Wording.of("json.unreadable")
                        : Wording.of(
                                "json.unreadable.at",
                                e.getLocation().getLineNr(),
                                e.getLocation().getColumnNr());
        return respond(ProblemType.MALFORMED_REQUEST, detail, uri, locale, List.of());
    }

    @ServerExceptionMapper({
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class,
        UnauthorizedException.class
    })
    public Response unauthenticated(UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(
                        respond(
                                ProblemType.UNAUTHORIZED,
                                Wording.of("token-required"),
                                uri,
                                localeOf(headers),
                                List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        refusals.fire(new AccessRefused("The caller's roles do not allow this operation"));
        return respond(
                ProblemType.FORBIDDEN,
                Wording.of("roles-forbid"),
                uri,
                localeOf(headers),
                List.of());
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return respond(
                ProblemType.PRECONDITION_FAILED,
                Wording.of("changed-meanwhile"),
                uri,
                localeOf(headers),
                List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.error("Request failed", e);
            return internalError(uri, headers);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String reason = statusType == null ? "Request failed" : statusType.getReasonPhrase();
        Problem problem = new Problem("about:blank", reason, status, reason, path(uri), List.of());
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseOutage.causes(e)) {
            Log.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(
                            respond(
                                    ProblemType.SERVICE_UNAVAILABLE,
                                    Wording.of("database-unavailable"),
                                    uri,
                                    localeOf(headers),
                                    List.of()))
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        Log.error("Unexpected failure", e);
        return internalError(uri, headers);
    }

    private static Response internalError(UriInfo uri, HttpHeaders headers) {
        String incident = UUID.randomUUID().toString();
        Log.errorf("Internal error reported to the client as incident %s", incident);
        return respond(
                ProblemType.INTERNAL_ERROR,
                Wording.of("internal-error", incident),
                uri,
                localeOf(headers),
                List.of());
    }

    private static Response respond(
            ProblemType type, Wording detail, UriInfo uri, Locale locale, List<FieldError> errors) {
        Problem problem =
                new Problem(
                        type.uri(),
                        Wording.of(type.titleKey()).in(locale),
                        type.status(),
                        detail.in(locale),
                        path(uri),
                        errors);
        return respond(problem);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The caller's language for a problem; English where the request is not at hand. */
    private static Locale localeOf(HttpHeaders headers) {
        return headers == null
                ? Locale.ENGLISH
                : ProblemMessages.localeFor(headers.getAcceptableLanguages());
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

    private static Wording jsonMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return Wording.of("json.unknown-field");
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            String allowed =
                    Arrays.stream(invalid.getTargetType().getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
            return Wording.of("json.one-of", allowed);
        }
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() == String.class) {
            return Wording.of("text.control-characters");
        }
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() == java.time.LocalDate.class) {
            return Wording.of("json.date");
        }
        if (e instanceof InvalidFormatException invalid
                && Number.class.isAssignableFrom(invalid.getTargetType())) {
            return Wording.of("json.number");
        }
        if (e instanceof InvalidFormatException) {
            return Wording.of("json.invalid-value");
        }
        return Wording.of("json.wrong-type");
    }
}
