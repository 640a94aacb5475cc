package vn.onestop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * authorization.yaml is the role matrix frontends read (which operation each role may call, and the
 * ownership rules on top); its operations part must be what the committed contracts' security
 * requirements (from the services' @RolesAllowed) say. The services' ContractAuthorizationTest
 * calls every operation as every role against the same contracts. Regenerate with
 * frontend-contracts/update.
 */
class AuthorizationMatrixTest {

    private static final Path MATRIX =
            Documents.ROOT.resolve("frontend-contracts/authorization.yaml");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void shouldStateTheRolesTheContractsEnforce() throws Exception {
        ObjectNode derived = YAML.createObjectNode();
        for (String service : Documents.SERVICES) {
            derived.set(service, operations(Documents.read(Documents.committed(service))));
        }
        if (Boolean.getBoolean("contracts.update")) {
            ObjectNode matrix = (ObjectNode) YAML.readTree(MATRIX.toFile());
            matrix.set("operations", derived);
            Files.writeString(
                    MATRIX, header() + YAML.writeValueAsString(matrix).replaceFirst("^---\\n", ""));
        }
        JsonNode committed = YAML.readTree(MATRIX.toFile());

        assertThat(committed.path("operations"))
                .as("authorization.yaml is out of date: run frontend-contracts/update")
                .isEqualTo(derived);
        Set<String> roles = new TreeSet<>();
        derived.elements()
                .forEachRemaining(
                        ops ->
                                ops.elements()
                                        .forEachRemaining(
                                                op ->
                                                        op.path("roles")
                                                                .forEach(
                                                                        r ->
                                                                                roles.add(
                                                                                        r
                                                                                                .asText()))));
        Set<String> explained = new TreeSet<>();
        committed.path("roles").fieldNames().forEachRemaining(explained::add);
        roles.removeIf(role -> role.startsWith("(")); // (public), (any authenticated)
        assertThat(explained)
                .as("every role in the contracts is explained under roles:")
                .containsAll(roles);
    }

    private static ObjectNode operations(JsonNode document) {
        Map<String, ObjectNode> sorted = new TreeMap<>();
        for (Documents.Operation op : Documents.operations(document)) {
            ObjectNode entry = YAML.createObjectNode();
            entry.put("method", op.method().toUpperCase());
            entry.put("path", op.path());
            JsonNode security = op.node().path("security");
            ArrayNode roles = entry.putArray("roles");
            if (security.isEmpty()) {
                roles.add("(public)");
            } else {
                Set<String> names = new TreeSet<>();
                security.forEach(
                        r -> r.forEach(scopes -> scopes.forEach(s -> names.add(s.asText()))));
                if (names.isEmpty()) {
                    names.add("(any authenticated)");
                }
                names.forEach(roles::add);
            }
            sorted.put(op.node().path("operationId").asText(), entry);
        }
        ObjectNode result = YAML.createObjectNode();
        sorted.forEach(result::set);
        return result;
    }

    private static String header() {
        return "# The role matrix of the suite's APIs. `roles` and `ownership` are written by hand;\n"
                + "# `operations` is generated from the committed OpenAPI documents by\n"
                + "# frontend-contracts/update and checked at every build.\n";
    }
}
