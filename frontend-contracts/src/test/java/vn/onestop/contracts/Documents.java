package vn.onestop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Where the committed, released and generated OpenAPI documents are. */
final class Documents {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("investor-service", "licensing-service");
    private static final YAMLMapper YAML = new YAMLMapper();

    private Documents() {}

    static Path committed(String service) {
        return ROOT.resolve("frontend-contracts/openapi/" + service + ".yaml");
    }

    static Path released(String service) {
        return ROOT.resolve("frontend-contracts/openapi/released/" + service + ".yaml");
    }

    static Path generated(String service) {
        Path document = ROOT.resolve(service + "/target/openapi/openapi.yaml");
        assertThat(document)
                .as(
                        "%s has not generated its OpenAPI document: build it first"
                                + " (./mvnw -B package -DskipTests -pl %s -am)",
                        service, service)
                .exists();
        return document;
    }

    static JsonNode read(Path document) throws IOException {
        return YAML.readTree(Files.readString(document));
    }

    /** One operation of a document: its HTTP method (lower case), path and object. */
    record Operation(String method, String path, JsonNode node) {

        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Every operation of the document, in its order. */
    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths")
                .fields()
                .forEachRemaining(
                        path ->
                                path.getValue()
                                        .fields()
                                        .forEachRemaining(
                                                op -> {
                                                    if (METHODS.contains(op.getKey())) {
                                                        operations.add(
                                                                new Operation(
                                                                        op.getKey(),
                                                                        path.getKey(),
                                                                        op.getValue()));
                                                    }
                                                }));
        return operations;
    }
}
