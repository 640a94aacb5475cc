package vn.onestop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every JSON message of the committed documents (request bodies, success responses, problems) has a
 * schema and an example, and every example is valid against its own schema: a frontend developer or
 * a mock server can trust them. The examples are assembled at build time from the records' field
 * examples (service-support's ContractCompletion), so a wrong field example fails here.
 */
class ExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"investor-service", "licensing-service"})
    void shouldGiveEveryMessageAnExampleThatItsSchemaAccepts(String service) {
        List<String> faults = check(Documents.committed(service));
        assertThat(faults).as("%s's examples", service).isEmpty();
    }

    @Test
    void shouldRejectAnExampleThatBreaksItsSchema() throws Exception {
        Path document = Documents.committed("licensing-service");
        String broken =
                java.nio.file.Files.readString(document)
                        .replaceFirst("example:\\s*\\n(\\s+)type: ", "example:\n$1type: 42\n$1x: ");
        Path copy = java.nio.file.Files.createTempFile("licensing-service", ".yaml");
        java.nio.file.Files.writeString(copy, broken);
        assertThat(check(copy)).anyMatch(fault -> fault.contains("problem"));
    }

    private static List<String> check(Path document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI openAPI =
                new OpenAPIV3Parser()
                        .readLocation(document.toUri().toString(), null, options)
                        .getOpenAPI();
        SchemaValidator validator = new SchemaValidator(openAPI, new MessageResolver());
        List<String> faults = new ArrayList<>();
        openAPI.getPaths()
                .forEach(
                        (path, item) ->
                                item.readOperationsMap()
                                        .forEach(
                                                (method, operation) ->
                                                        check(
                                                                method + " " + path,
                                                                operation,
                                                                validator,
                                                                faults::add)));
        return faults;
    }

    private static void check(
            String name, Operation operation, SchemaValidator validator, Consumer<String> fault) {
        if (operation.getRequestBody() != null) {
            check(name + " request", operation.getRequestBody().getContent(), validator, fault);
        }
        operation
                .getResponses()
                .forEach(
                        (status, response) ->
                                check(
                                        name + " " + status,
                                        response.getContent(),
                                        validator,
                                        fault));
    }

    private static void check(
            String name, Content content, SchemaValidator validator, Consumer<String> fault) {
        if (content == null) {
            return;
        }
        for (Map.Entry<String, io.swagger.v3.oas.models.media.MediaType> entry :
                content.entrySet()) {
            String type = entry.getKey();
            if (!type.endsWith("json")) {
                continue;
            }
            if (undescribed(entry.getValue().getSchema())) {
                fault.accept(name + " " + type + ": no schema");
                continue;
            }
            Object example = entry.getValue().getExample();
            if (example == null) {
                fault.accept(name + " " + type + ": no example");
                continue;
            }
            String json = Json.pretty(example);
            ValidationReport report =
                    validator.validate(json, entry.getValue().getSchema(), "example");
            report.getMessages()
                    .forEach(
                            message ->
                                    fault.accept(
                                            name
                                                    + " "
                                                    + type
                                                    + ": "
                                                    + message.getMessage()
                                                    + (type.contains("problem")
                                                            ? " (problem)"
                                                            : "")));
        }
    }

    /** {@code schema: {}}: what a method returning a bare JAX-RS Response gets by default. */
    private static boolean undescribed(io.swagger.v3.oas.models.media.Schema<?> schema) {
        return schema == null
                || (schema.get$ref() == null
                        && schema.getType() == null
                        && (schema.getTypes() == null || schema.getTypes().isEmpty())
                        && schema.getProperties() == null
                        && schema.getAllOf() == null
                        && schema.getOneOf() == null
                        && schema.getAnyOf() == null);
    }
}
