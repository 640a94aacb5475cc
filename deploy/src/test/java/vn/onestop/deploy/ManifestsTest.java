package vn.onestop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes overlays, rendered with kustomize (through kubectl), checked against what they
 * must agree with: the services' configuration (ports, probe paths, the environment variables their
 * production profile reads), each other (Services, Ingress, autoscalers and budgets point at what
 * exists; Secrets and ConfigMaps are generated or on the operator's list), CloudNativePG (databases
 * and roles the services use) and the Keycloak realm file. No Kubernetes JSON-schema validator is
 * installable from this project's registries, so the structure is checked here.
 */
class ManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Map<String, Service> SERVICES =
            Map.of(
                    "investor-service", new Service("investor-service", 8081, true),
                    "licensing-service", new Service("licensing-service", 8082, true),
                    "portal", new Service("portal", 8080, false));

    /** What the operator creates before applying (deploy/README.md), per overlay. */
    private static final Map<String, Set<String>> OPERATOR_PROVIDED =
            Map.of(
                    "dev", Set.of("onestop-eseal", "onestop-trust-anchors", "onestop-tls"),
                    "prod",
                            Set.of(
                                    "onestop-eseal",
                                    "onestop-trust-anchors",
                                    "onestop-tls",
                                    "investor-db-credentials",
                                    "licensing-db-credentials",
                                    "keycloak-db-credentials",
                                    "licensing-service-oidc",
                                    "portal-oidc"));

    private record Service(String name, int port, boolean hasDatabase) {}

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void shouldRunEachServiceAsItsConfigurationExpects(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        for (Service service : SERVICES.values()) {
            JsonNode deployment = find(objects, "Deployment", service.name());
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode container = pod.at("/containers/0");

            assertThat(container.at("/image").asText())
                    .startsWith("ghcr.io/onestop-licensing/" + service.name() + ":");
            assertThat(container.at("/ports/0/containerPort").asInt())
                    .isEqualTo(defaultPort(service));
            assertThat(container.at("/readinessProbe/httpGet/path").asText())
                    .isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText())
                    .isEqualTo("/q/health/live");
            assertThat(container.at("/startupProbe/httpGet/path").asText())
                    .isEqualTo("/q/health/started");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean())
                    .isTrue();
            assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean())
                    .isFalse();
            assertThat(container.at("/resources/requests/memory").isMissingNode()).isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();

            Set<String> given = environment(objects, container);
            Set<String> read = variablesRead(service);
            Set<String> required = variablesRequiredInProduction(service);
            assertThat(given).as("variables %s does not read", service.name()).isSubsetOf(read);
            assertThat(given).as("variables %s needs", service.name()).containsAll(required);

            JsonNode kubeService = find(objects, "Service", service.name());
            assertThat(kubeService.at("/spec/ports/0/port").asInt())
                    .isEqualTo(defaultPort(service));
            assertThat(kubeService.at("/spec/ports/0/targetPort").asText())
                    .isEqualTo(container.at("/ports/0/name").asText());
            assertThat(kubeService.at("/spec/selector"))
                    .isEqualTo(deployment.at("/spec/selector/matchLabels"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void shouldReferOnlyToWhatExistsOrTheOperatorProvides(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        Set<String> available = new HashSet<>(OPERATOR_PROVIDED.get(overlay));
        objects.stream()
                .filter(o -> Set.of("Secret", "ConfigMap").contains(o.path("kind").asText()))
                .forEach(o -> available.add(o.at("/metadata/name").asText()));
        Set<String> referenced = new TreeSet<>();
        for (JsonNode object : objects) {
            collectReferences(object, referenced);
        }
        assertThat(available).containsAll(referenced);

        for (JsonNode rule : find(objects, "Ingress", "onestop").at("/spec/rules")) {
            String backend = rule.at("/http/paths/0/backend/service/name").asText();
            if (!backend.equals("keycloak-service")) { // created by the Keycloak operator
                find(objects, "Service", backend);
            }
        }
        for (JsonNode object : objects) {
            String kind = object.path("kind").asText();
            if (kind.equals("HorizontalPodAutoscaler")) {
                find(objects, "Deployment", object.at("/spec/scaleTargetRef/name").asText());
            }
            if (kind.equals("PodDisruptionBudget")) {
                String name =
                        object.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText();
                find(objects, "Deployment", name);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void shouldGiveEachServiceTheDatabaseItConnectsTo(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        JsonNode cluster = find(objects, "Cluster", "onestop-db");
        Set<String> databases = new HashSet<>();
        databases.add(cluster.at("/spec/bootstrap/initdb/database").asText());
        Set<String> owners = new HashSet<>();
        owners.add(cluster.at("/spec/bootstrap/initdb/owner").asText());
        cluster.at("/spec/managed/roles").forEach(r -> owners.add(r.path("name").asText()));
        for (JsonNode object : objects) {
            if (object.path("kind").asText().equals("Database")) {
                assertThat(object.at("/spec/cluster/name").asText()).isEqualTo("onestop-db");
                assertThat(owners).contains(object.at("/spec/owner").asText());
                databases.add(object.at("/spec/name").asText());
            }
        }
        Pattern url = Pattern.compile("jdbc:postgresql://([^:/]+):5432/(\\w+)");
        for (String service :
                SERVICES.values().stream()
                        .filter(Service::hasDatabase)
                        .map(Service::name)
                        .toList()) {
            String jdbc =
                    configOf(objects, service)
                            .path("data")
                            .path(
                                    service.startsWith("investor")
                                            ? "INVESTOR_DB_URL"
                                            : "LICENSING_DB_URL")
                            .asText();
            Matcher matcher = url.matcher(jdbc);
            assertThat(matcher.matches()).as(jdbc).isTrue();
            assertThat(matcher.group(1)).isEqualTo("onestop-db-rw");
            assertThat(databases).contains(matcher.group(2));
        }
        JsonNode keycloak = find(objects, "Keycloak", "keycloak");
        assertThat(databases).contains(keycloak.at("/spec/db/database").asText());
        assertThat(keycloak.at("/spec/db/host").asText()).isEqualTo("onestop-db-rw");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void shouldMatchTheKubernetesApiSchemas(String overlay) throws Exception {
        Path validator = ROOT.resolve("deploy/k8s/validate");
        if (!Files.isDirectory(validator.resolve("node_modules"))) {
            run(validator, "", "npm", "ci", "--no-audit", "--no-fund");
        }

        String report = run(validator, renderText(overlay), "node", "validate.mjs");

        Matcher counts = Pattern.compile("valid (\\d+), invalid (\\d+)").matcher(report);
        assertThat(counts.find()).as(report).isTrue();
        assertThat(Integer.parseInt(counts.group(2))).as(report).isZero();
        assertThat(Integer.parseInt(counts.group(1))).as(report).isGreaterThanOrEqualTo(10);
    }

    @Test
    void shouldImportTheRealmTheLocalSuiteAndTheTestsUse() throws Exception {
        JsonNode realm =
                new ObjectMapper()
                        .readTree(ROOT.resolve("deploy/keycloak/licensing-realm.json").toFile());
        JsonNode imported = find(render("dev"), "KeycloakRealmImport", "licensing-realm");

        assertThat(imported.at("/spec/realm"))
                .as("run deploy/k8s/realm-import after changing the realm file")
                .isEqualTo(realm);
        assertThat(imported.at("/spec/keycloakCRName").asText()).isEqualTo("keycloak");
        String issuer =
                configOf(render("dev"), "licensing-service")
                        .at("/data/OIDC_AUTH_SERVER_URL")
                        .asText();
        assertThat(issuer).endsWith("/realms/" + realm.path("realm").asText());
    }

    @Test
    void shouldRunProductionReplicatedWithoutDemoAccounts() throws Exception {
        List<JsonNode> objects = render("prod");
        for (Service service : SERVICES.values()) {
            assertThat(find(objects, "Deployment", service.name()).at("/spec/replicas").asInt())
                    .isEqualTo(3);
            find(objects, "HorizontalPodAutoscaler", service.name());
            find(objects, "PodDisruptionBudget", service.name());
        }
        assertThat(find(objects, "Cluster", "onestop-db").at("/spec/instances").asInt())
                .isEqualTo(3);
        assertThat(find(objects, "Keycloak", "keycloak").at("/spec/instances").asInt())
                .isEqualTo(2);

        JsonNode realm = find(objects, "KeycloakRealmImport", "licensing-realm").at("/spec/realm");
        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("credentials")).as(user.path("username").asText()).isFalse();
        }
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("secret").asText()).doesNotContain("LOCAL-DEMO");
            if (client.path("clientId").asText().equals("onestop-cli")) {
                assertThat(client.path("enabled").asBoolean()).isFalse();
            }
        }
        assertThat(objects)
                .filteredOn(o -> o.path("kind").asText().equals("Secret"))
                .as("production secrets are created by the operator, never generated")
                .isEmpty();
    }

    /** Environment variable names the container gets (its own and its ConfigMaps'). */
    private static Set<String> environment(List<JsonNode> objects, JsonNode container) {
        Set<String> names = new TreeSet<>();
        container.path("env").forEach(e -> names.add(e.path("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            find(objects, "ConfigMap", source.at("/configMapRef/name").asText())
                    .path("data")
                    .fieldNames()
                    .forEachRemaining(names::add);
        }
        names.remove("JAVA_OPTS_APPEND"); // read by the container's start script, not Quarkus
        return names;
    }

    private static Set<String> variablesRead(Service service) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(properties(service));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Variables a production-profile line reads without a default. */
    private static Set<String> variablesRequiredInProduction(Service service) throws IOException {
        Pattern required = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
        return properties(service)
                .lines()
                .filter(line -> line.startsWith("%prod."))
                .flatMap(
                        line -> {
                            Matcher matcher = required.matcher(line);
                            List<String> found = new ArrayList<>();
                            while (matcher.find()) {
                                found.add(matcher.group(1));
                            }
                            return found.stream();
                        })
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static int defaultPort(Service service) throws IOException {
        Matcher matcher =
                Pattern.compile("quarkus\\.http\\.port=\\$\\{[A-Z_]+:(\\d+)}")
                        .matcher(properties(service));
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static String properties(Service service) throws IOException {
        return Files.readString(
                ROOT.resolve(service.name() + "/src/main/resources/application.properties"));
    }

    /** Names of Secrets and ConfigMaps referred to anywhere (pods, operators' resources). */
    private static void collectReferences(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (String key :
                    List.of(
                            "configMapRef",
                            "secretKeyRef",
                            "configMap",
                            "secret",
                            "usernameSecret",
                            "passwordSecret")) {
                JsonNode ref = node.path(key);
                String name =
                        ref.has("secretName")
                                ? ref.path("secretName").asText()
                                : ref.path("name").asText();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            if (node.has("secretName") && node.path("secretName").isTextual()) {
                names.add(node.path("secretName").asText());
            }
            node.elements().forEachRemaining(child -> collectReferences(child, names));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectReferences(child, names));
        }
    }

    /** The service's ConfigMap, under the hashed name kustomize gave it. */
    private static JsonNode configOf(List<JsonNode> objects, String service) {
        String name =
                find(objects, "Deployment", service)
                        .at("/spec/template/spec/containers/0/envFrom/0/configMapRef/name")
                        .asText();
        return find(objects, "ConfigMap", name);
    }

    private static JsonNode find(List<JsonNode> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind))
                .filter(o -> o.at("/metadata/name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " " + name));
    }

    /** The overlay as kubectl's kustomize renders it. */
    private static List<JsonNode> render(String overlay) throws Exception {
        List<JsonNode> objects = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(renderText(overlay))) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(objects::add);
        }
        return objects;
    }

    private static String renderText(String overlay) throws Exception {
        Process kubectl;
        try {
            kubectl =
                    new ProcessBuilder(
                                    "kubectl",
                                    "kustomize",
                                    ROOT.resolve("deploy/k8s/overlays/" + overlay).toString())
                            .redirectErrorStream(true)
                            .start();
        } catch (IOException e) {
            throw new AssertionError(
                    "kubectl (with its built-in kustomize) renders deploy/k8s here and was not"
                            + " found: install it (https://kubernetes.io/docs/tasks/tools/)",
                    e);
        }
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor()).as(output).isZero();
        return output;
    }

    /** Runs a command in {@code folder}, feeding it {@code input}; returns its output. */
    private static String run(Path folder, String input, String... command) throws Exception {
        Process process =
                new ProcessBuilder(command)
                        .directory(folder.toFile())
                        .redirectErrorStream(true)
                        .start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }
}
