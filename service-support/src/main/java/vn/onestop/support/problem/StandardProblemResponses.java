package vn.onestop.support.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problems any operation can answer with, so the contract is complete without
 * repeating them on every method: 401 and 403 on secured operations, 400 where there is input to
 * reject, 404 where the path names a resource, 500 and 503 (database unreachable) everywhere.
 * Operation-specific problems (409, 412, 422, 428, 503...) are declared on the operations.
 */
public final class StandardProblemResponses {

    private StandardProblemResponses() {}

    public static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) ->
                                item.getOperations()
                                        .values()
                                        .forEach(operation -> document(path, operation)));
    }

    private static void document(String path, Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            add(operation, "401", "Missing, expired or invalid bearer token");
            add(operation, "403", "The caller's roles do not allow this operation");
        }
        boolean takesInput =
                operation.getRequestBody() != null
                        || (operation.getParameters() != null
                                && !operation.getParameters().isEmpty());
        if (takesInput) {
            add(
                    operation,
                    "400",
                    "A parameter, header or the body is invalid; `errors` names each field");
        }
        if (path.contains("{")) {
            add(operation, "404", "Not found, or not the caller's to see");
        }
        add(operation, "500", "Unexpected failure; the detail carries an incident id");
        add(
                operation,
                "503",
                "Temporarily unavailable (e.g. the database); retry after Retry-After");
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            return;
        }
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        // Quarkus documents 401/403 of secured operations itself, without a body schema, with one
        // response object shared by every operation: replace it, so each operation's problem can
        // carry its own example.
        APIResponse response = OASFactory.createAPIResponse().description(description);
        Content content =
                OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(
                                                OASFactory.createSchema()
                                                        .ref("#/components/schemas/Problem")));
        operation.getResponses().addAPIResponse(status, response.content(content));
    }
}
