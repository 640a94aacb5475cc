package vn.onestop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a frontend developer needs on every operation of the committed documents: an operationId, a
 * tag and a summary; the security requirement with its roles (or none: public); every error
 * response described with the RFC 9457 problem-details schema; and every identifier of ours with
 * the one shared UUID schema. (Examples: ExamplesTest.)
 */
class OperationDocumentationTest {

    private static final Set<String> PUBLIC_PATHS = Set.of("/public/", "/verify/");

    /**
     * Identifiers that are not ours to make UUIDs: the workflow engine's task and activity ids, the
     * audit trail's generic target (an application, an investor or a task) and OAuth client ids.
     * Qualified by the path's first segment (parameters) or the schema's name (properties).
     */
    private static final Set<String> FOREIGN_IDS =
            Set.of("taskId", "activityId", "targetId", "clientId", "tasks.id", "Task.id");

    @ParameterizedTest
    @ValueSource(strings = {"investor-service", "licensing-service"})
    void shouldDocumentEveryOperationForItsClients(String service) throws Exception {
        JsonNode document = Documents.read(Documents.committed(service));
        List<String> missing = new ArrayList<>();
        for (Documents.Operation op : Documents.operations(document)) {
            String name = op.name();
            JsonNode operation = op.node();
            if (operation.path("operationId").asText().isEmpty()) {
                missing.add(name + ": operationId");
            }
            if (operation.path("tags").isEmpty()) {
                missing.add(name + ": tag");
            }
            if (operation.path("summary").asText().isEmpty()) {
                missing.add(name + ": summary");
            }
            boolean isPublic = PUBLIC_PATHS.stream().anyMatch(op.path()::startsWith);
            if (!isPublic && operation.path("security").isEmpty()) {
                missing.add(name + ": security requirement");
            }
            operation
                    .path("responses")
                    .fields()
                    .forEachRemaining(
                            response -> {
                                boolean error =
                                        response.getKey().startsWith("4")
                                                || response.getKey().startsWith("5");
                                String schema =
                                        response.getValue()
                                                .path("content")
                                                .path("application/problem+json")
                                                .path("schema")
                                                .path("$ref")
                                                .asText();
                                if (error && !schema.endsWith("/Problem")) {
                                    missing.add(
                                            name
                                                    + ": "
                                                    + response.getKey()
                                                    + " without the Problem schema");
                                }
                            });
        }
        assertThat(missing).as("%s's contract", service).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"investor-service", "licensing-service"})
    void shouldGiveEveryIdentifierTheSharedUuidSchema(String service) throws Exception {
        JsonNode document = Documents.read(Documents.committed(service));
        List<String> loose = new ArrayList<>();
        for (Documents.Operation op : Documents.operations(document)) {
            String segment = op.path().split("/")[1];
            for (JsonNode parameter : op.node().path("parameters")) {
                checkId(segment, parameter.path("name").asText(), parameter.path("schema"), loose);
            }
        }
        document.path("components")
                .path("schemas")
                .fields()
                .forEachRemaining(
                        schema ->
                                schema.getValue()
                                        .path("properties")
                                        .fields()
                                        .forEachRemaining(
                                                property ->
                                                        checkId(
                                                                schema.getKey(),
                                                                property.getKey(),
                                                                property.getValue(),
                                                                loose)));
        assertThat(loose).as("%s's identifiers without the UUID schema", service).isEmpty();
    }

    private static void checkId(String owner, String name, JsonNode schema, List<String> loose) {
        if (!name.equals("id") && !name.endsWith("Id")) {
            return;
        }
        boolean foreign = FOREIGN_IDS.contains(name) || FOREIGN_IDS.contains(owner + "." + name);
        boolean shared = schema.path("$ref").asText().equals("#/components/schemas/UUID");
        if (!foreign && !shared) {
            loose.add(owner + " " + name);
        }
    }
}
