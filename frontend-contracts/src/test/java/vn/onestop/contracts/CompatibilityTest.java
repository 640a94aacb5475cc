package vn.onestop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Frontends built against the released major version keep working: compared with the released
 * baseline (openapi/released/), the committed document may add but not break (removed operations or
 * fields, new required inputs, narrowed enums) unless its major version moved on.
 */
class CompatibilityTest {

    @ParameterizedTest
    @ValueSource(strings = {"investor-service", "licensing-service"})
    void shouldNotBreakClientsOfTheReleasedMajorVersion(String service) throws Exception {
        String released = Files.readString(Documents.released(service));
        String committed = Files.readString(Documents.committed(service));
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, committed);

        if (major(committed) > major(released)) {
            return; // a new major version may break; its document becomes the next baseline
        }
        assertThat(diff.isIncompatible())
                .as(
                        "%s breaks clients of version %s; bump the major version or keep the"
                                + " old contract:%n%s",
                        service, version(released), render(diff))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"investor-service", "licensing-service"})
    void shouldCallARemovedOperationBreaking(String service) throws Exception {
        String released = Files.readString(Documents.released(service));
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode changed = (ObjectNode) yaml.readTree(released);
        String path = changed.path("paths").fieldNames().next();
        ((ObjectNode) changed.path("paths")).remove(path);

        ChangedOpenApi diff =
                OpenApiCompare.fromContents(released, yaml.writeValueAsString(changed));

        assertThat(diff.isIncompatible()).isTrue();
        assertThat(diff.getMissingEndpoints()).isNotEmpty();
    }

    private static String render(ChangedOpenApi diff) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var writer =
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String version(String document) throws Exception {
        return new YAMLMapper().readTree(document).at("/info/version").asText();
    }

    private static int major(String document) throws Exception {
        return Integer.parseInt(version(document).split("\\.")[0]);
    }
}
