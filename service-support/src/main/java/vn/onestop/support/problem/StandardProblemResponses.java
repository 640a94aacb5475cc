package vn.onestop.support.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problems any operation can answer with, so the contract is complete without
 * repeating them on every method: 401 and 403 on secured operations, 400 where there is input to
 * reject, 404 where the path names a resource, 500 everywhere. Operation-specific problems (409,
 * 412, 422, 428, 503...) are declared on the operations.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
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
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            return;
        }
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        // Quarkus documents 401/403 of secured operations itself, without a body schema.
        APIResponse response = existing != null ? existing : OASFactory.createAPIResponse();
        if (response.getDescription() == null || existing == null) {
            response.description(description);
        }
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
