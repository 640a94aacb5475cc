package vn.onestop.support.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Every operation of a service's committed OpenAPI document with the roles it allows (the security
 * requirement's scopes, which come from {@code @RolesAllowed}), so authorization tests cover each
 * operation the contract offers, including ones added later.
 */
public final class ContractOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final HttpClient STREAMS = HttpClient.newHttpClient();

    private ContractOperations() {}

    /**
     * One operation: public (no token needed), or secured for {@code roles} (any authenticated
     * caller when secured with no roles named).
     */
    public record Operation(
            String method,
            String path,
            String operationId,
            boolean secured,
            Set<String> roles,
            String consumes,
            boolean streams) {

        public boolean allows(String role) {
            return !secured || roles.isEmpty() || roles.contains(role);
        }

        /** The path with made-up values for its parameters: nothing by those ids exists. */
        public String samplePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        /**
         * Sends the operation with an empty body of the media type it consumes (a form field for
         * multipart) and returns the status.
         */
        public int call(RequestSpecification request, String samplePath) {
            if (streams) {
                throw new IllegalStateException(this + " streams: call it with callStream");
            }
            RequestSpecification body;
            if (consumes == null || consumes.contains("json")) {
                body = request.contentType("application/json").body("{}");
            } else if (consumes.startsWith("multipart/")) {
                body = request.multiPart("type", "OTHER");
            } else {
                body = request.contentType(consumes).body(new byte[] {'%'});
            }
            return body.request(method, samplePath).statusCode();
        }

        /**
         * Calls the operation as each role and without a token and lists what goes against the
         * contract: a named role refused (401, 403) or failing (5xx), another role not refused with
         * 403, no token not refused with 401 (a public operation refused at all).
         */
        public List<String> misbehaviours(List<String> roles) {
            List<String> wrong = new ArrayList<>();
            for (String role : roles) {
                String token = TestTokens.withRoles(role);
                int status =
                        streams
                                ? callStream(token, samplePath())
                                : call(
                                        io.restassured.RestAssured.given().auth().oauth2(token),
                                        samplePath());
                boolean refused = status == 401 || status == 403;
                if (allows(role) ? refused || status >= 500 : status != 403) {
                    wrong.add(role + " got " + status);
                }
            }
            int anonymous =
                    streams
                            ? callStream(null, samplePath())
                            : call(io.restassured.RestAssured.given(), samplePath());
            if (secured ? anonymous != 401 : anonymous == 401 || anonymous == 403) {
                wrong.add("no token got " + anonymous);
            }
            return wrong;
        }

        /**
         * The status of an event stream (a GET that never ends while it is allowed): read as soon
         * as the headers arrive, then the stream is closed.
         */
        public int callStream(String token, String samplePath) {
            var request =
                    HttpRequest.newBuilder(
                                    URI.create(
                                            RestAssured.baseURI
                                                    + ":"
                                                    + RestAssured.port
                                                    + RestAssured.basePath
                                                    + samplePath))
                            .header("Accept", "text/event-stream")
                            .timeout(Duration.ofSeconds(10));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            try {
                HttpResponse<InputStream> response =
                        STREAMS.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                response.body().close();
                return response.statusCode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static List<Operation> of(String service) {
        Path document = Path.of("..", "frontend-contracts", "openapi", service + ".yaml");
        JsonNode paths;
        try {
            paths = new YAMLMapper().readTree(document.toFile()).path("paths");
        } catch (IOException e) {
            throw new UncheckedIOException("No committed contract at " + document, e);
        }
        List<Operation> operations = new ArrayList<>();
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) paths::fields) {
            for (var op :
                    (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode security = op.getValue().path("security");
                Set<String> roles = new TreeSet<>();
                for (JsonNode requirement : security) {
                    for (JsonNode scopes : requirement) {
                        scopes.forEach(role -> roles.add(role.asText()));
                    }
                }
                var consumes = op.getValue().path("requestBody").path("content").fieldNames();
                boolean streams =
                        op.getValue()
                                .path("responses")
                                .path("200")
                                .path("content")
                                .has("text/event-stream");
                operations.add(
                        new Operation(
                                op.getKey().toUpperCase(),
                                path.getKey(),
                                op.getValue().path("operationId").asText(),
                                !security.isEmpty(),
                                roles,
                                consumes.hasNext() ? consumes.next() : null,
                                streams));
            }
        }
        return operations;
    }
}
