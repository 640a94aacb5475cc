package vn.onestop.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import vn.onestop.support.problem.StandardProblemResponses;

/**
 * Completes the generated document at build time, in this order: the problems every operation can
 * answer with, then examples for every message, including those problems. One filter, because the
 * order of separate filters is not something to rely on.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractCompletion implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        StandardProblemResponses.addTo(openAPI);
        OperationExamples.add(openAPI);
    }
}
