package vn.onestop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.onestop.support.json.CanonicalJson;

/**
 * The Java half of the canonicalization contract: the services' CanonicalJson gives every shared
 * vector byte for byte (the TypeScript half runs the same file under {@code npm test}).
 */
class CanonicalizationVectorsTest {

    @Test
    void shouldProduceEveryVectorByteForByte() throws Exception {
        JsonNode vectors =
                new ObjectMapper()
                        .readTree(
                                Documents.ROOT
                                        .resolve("frontend-contracts/vectors/canonicalization.json")
                                        .toFile())
                        .path("vectors");
        List<String> wrong = new ArrayList<>();
        for (JsonNode vector : vectors) {
            byte[] produced =
                    CanonicalJson.ofText(vector.path("input").asText())
                            .getBytes(StandardCharsets.UTF_8);
            byte[] expected = vector.path("expected").asText().getBytes(StandardCharsets.UTF_8);
            if (!java.util.Arrays.equals(produced, expected)) {
                wrong.add(
                        vector.path("name").asText()
                                + ": "
                                + new String(produced, StandardCharsets.UTF_8));
            }
        }
        assertThat(vectors.size()).isGreaterThanOrEqualTo(7);
        assertThat(wrong).isEmpty();
    }
}
