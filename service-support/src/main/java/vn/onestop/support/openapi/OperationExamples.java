package vn.onestop.support.openapi;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.onestop.support.problem.Problem;
import vn.onestop.support.problem.ProblemType;

/**
 * Gives every JSON request body, success response and problem response of the document an example,
 * so a frontend developer (and a mock server) sees a whole message, not just field types.
 *
 * <p>An example written on the operation is kept. Otherwise the example is assembled from the
 * field-level examples the records declare ({@code @Schema(example = ...)}), then the schema's
 * constraints (enumerations, formats, minimums). Problem examples use the problem type of the
 * status and the response's own description as the detail, so each operation's 409 or 422 says what
 * that operation refuses. The contracts module checks every example against its schema, so a field
 * example that breaks its own pattern fails the build.
 */
final class OperationExamples {

    static final String UUID_EXAMPLE = "6f1c2a4e-8d3b-4f7a-9c21-5e0b7d9a3f10";
    private static final int MAX_DEPTH = 8;

    private final Map<String, Schema> components;
    private final Deque<String> resolving = new ArrayDeque<>();

    private OperationExamples(OpenAPI openAPI) {
        this.components =
                openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                        ? Map.of()
                        : openAPI.getComponents().getSchemas();
    }

    static void add(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        OperationExamples examples = new OperationExamples(openAPI);
        openAPI.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) ->
                                item.getOperations()
                                        .values()
                                        .forEach(operation -> examples.add(path, operation)));
    }

    private void add(String path, Operation operation) {
        if (operation.getRequestBody() != null) {
            addTo(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() == null
                || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation
                .getResponses()
                .getAPIResponses()
                .forEach(
                        (status, response) -> {
                            if (response.getContent() == null
                                    || response.getContent().getMediaTypes() == null) {
                                return;
                            }
                            MediaType problem =
                                    response.getContent().getMediaType(Problem.MEDIA_TYPE);
                            if (problem != null && lacksExample(problem)) {
                                problem.setExample(
                                        problem(
                                                status,
                                                response.getDescription(),
                                                instance(path, operation)));
                            }
                            if (status.startsWith("2")) {
                                addTo(response.getContent());
                            }
                        });
    }

    private void addTo(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes()
                .forEach(
                        (type, media) -> {
                            if (isJson(type) && lacksExample(media) && media.getSchema() != null) {
                                Object example = compose(media.getSchema(), 0);
                                if (example != null) {
                                    media.setExample(example);
                                }
                            }
                        });
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json")
                || (mediaType.endsWith("+json") && !mediaType.equals(Problem.MEDIA_TYPE));
    }

    private static boolean lacksExample(MediaType media) {
        return media.getExample() == null
                && (media.getExamples() == null || media.getExamples().isEmpty());
    }

    private static Map<String, Object> problem(String status, String description, String path) {
        int code = Integer.parseInt(status);
        ProblemType type =
                Arrays.stream(ProblemType.values())
                        .filter(candidate -> candidate.status() == code)
                        .findFirst()
                        .orElse(ProblemType.INTERNAL_ERROR);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", code);
        example.put("detail", description != null ? description : type.title());
        example.put("instance", path);
        if (type == ProblemType.VALIDATION_FAILED) {
            // Ordered, as the other keys are: Map.of's order changes from one run to the next,
            // and so would the committed contract.
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", "projectName");
            error.put("message", "must not be blank");
            example.put("errors", List.of(error));
        }
        return example;
    }

    /** The operation's path with example values in place of its path parameters. */
    private String instance(String path, Operation operation) {
        String instance = path;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.PATH && parameter.getSchema() != null) {
                    Object value = compose(parameter.getSchema(), 0);
                    instance =
                            instance.replace(
                                    "{" + parameter.getName() + "}", String.valueOf(value));
                }
            }
        }
        return instance;
    }

    private Object compose(Schema schema, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getConstValue() != null) {
            return schema.getConstValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getRef() != null) {
            return composeReference(schema.getRef(), depth);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return composeAll(schema.getAllOf(), depth);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return compose(schema.getOneOf().get(0), depth + 1);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return compose(schema.getAnyOf().get(0), depth + 1);
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        Schema.SchemaType type = typeOf(schema);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case OBJECT -> composeObject(schema, depth);
            case ARRAY -> {
                Object item = compose(schema.getItems(), depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case STRING -> string(schema.getFormat());
            case INTEGER -> schema.getMinimum() != null ? schema.getMinimum().longValue() : 1;
            case NUMBER -> schema.getMinimum() != null ? schema.getMinimum() : BigDecimal.ONE;
            case BOOLEAN -> true;
            case NULL -> null;
        };
    }

    private Object composeReference(String ref, int depth) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        Schema target = components.get(name);
        if (target == null || resolving.contains(name)) {
            return null;
        }
        resolving.push(name);
        try {
            return compose(target, depth + 1);
        } finally {
            resolving.pop();
        }
    }

    private Object composeAll(List<Schema> parts, int depth) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Schema part : parts) {
            Object value = compose(part, depth + 1);
            if (!(value instanceof Map<?, ?> map)) {
                return value;
            }
            map.forEach((key, field) -> merged.put(String.valueOf(key), field));
        }
        return merged;
    }

    private Map<String, Object> composeObject(Schema schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties()
                    .forEach(
                            (name, property) -> {
                                Object value = compose(property, depth + 1);
                                if (value != null) {
                                    object.put(name, value);
                                }
                            });
        }
        if (object.isEmpty() && schema.getAdditionalPropertiesSchema() != null) {
            Object value = compose(schema.getAdditionalPropertiesSchema(), depth + 1);
            if (value != null) {
                object.put("key", value);
            }
        }
        return object;
    }

    private static Schema.SchemaType typeOf(Schema schema) {
        if (schema.getType() != null) {
            return schema.getType().stream()
                    .filter(type -> type != Schema.SchemaType.NULL)
                    .findFirst()
                    .orElse(Schema.SchemaType.NULL);
        }
        return schema.getProperties() != null ? Schema.SchemaType.OBJECT : null;
    }

    private static String string(String format) {
        if (format == null) {
            return "string";
        }
        return switch (format) {
            case "date-time" -> "2026-03-02T08:15:30Z";
            case "date" -> "2026-03-02";
            case "uuid" -> UUID_EXAMPLE;
            case "email" -> "investor@example.vn";
            case "uri", "url" -> "https://licensing.example.vn/";
            case "duration" -> "PT72H";
            default -> "string";
        };
    }
}
