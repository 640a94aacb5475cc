package vn.onestop.support.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks every response a service's tests receive against the service's committed OpenAPI document
 * (frontend-contracts/openapi): a status, header or body the document does not describe fails the
 * test. Requests are not checked, since tests send invalid ones on purpose.
 */
public final class ContractValidation {

    private ContractValidation() {}

    public static OpenApiValidationFilter filter(String service) {
        Path document = Path.of("..", "frontend-contracts", "openapi", service + ".yaml");
        if (!Files.exists(document)) {
            throw new IllegalStateException(
                    "No committed contract at " + document.toAbsolutePath());
        }
        OpenApiInteractionValidator validator =
                OpenApiInteractionValidator.createForSpecificationUrl(
                                document.toAbsolutePath().toUri().toString())
                        .withLevelResolver(
                                LevelResolver.create()
                                        .withLevel(
                                                "validation.request", ValidationReport.Level.IGNORE)
                                        .build())
                        .build();
        return new OpenApiValidationFilter(validator);
    }
}
