package vn.onestop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed documents are exactly what the services generate. */
class ContractDriftTest {

    @ParameterizedTest
    @ValueSource(strings = {"investor-service", "licensing-service"})
    void shouldCommitWhatTheServiceGenerates(String service) throws Exception {
        var differences =
                ContractDrift.between(
                        Documents.read(Documents.committed(service)),
                        Documents.read(Documents.generated(service)));

        assertThat(differences)
                .as(
                        "%s's API differs from frontend-contracts/openapi/%s.yaml. If the change"
                                + " is intended, run frontend-contracts/update and commit the"
                                + " document (a breaking change also needs a new major version)",
                        service, service)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"investor-service", "licensing-service"})
    void shouldNameAnUndocumentedChangeOnACopy(String service) throws Exception {
        JsonNode generated = Documents.read(Documents.generated(service));
        ObjectNode changed = generated.deepCopy();
        String path = changed.path("paths").fieldNames().next();
        ((ObjectNode) changed.path("paths")).remove(path);
        ((ObjectNode) changed.path("info")).put("version", "1.0.1");

        var differences = ContractDrift.between(generated, changed);

        assertThat(differences)
                .containsExactlyInAnyOrder(
                        "/info/version: committed \"1.0.0\", generated \"1.0.1\"",
                        "/paths/"
                                + path.replace("~", "~0").replace("/", "~1")
                                + ": committed "
                                + brief(generated.path("paths").get(path))
                                + ", generated nothing");
    }

    private static String brief(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
