package vn.onestop.support.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problems any operation can answer with (401 and 403 on secured operations, 500
 * everywhere), so the contract is complete without repeating them on every method.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardProblemResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            add(operation, "401", "Missing, expired or invalid bearer token");
            add(operation, "403", "The caller's roles do not allow this operation");
        }
        add(operation, "500", "Unexpected failure; the detail carries an incident id");
        return operation;
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
