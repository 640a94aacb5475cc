package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The suite's HTTP API as its clients call it, with Keycloak's tokens, timing every call by
 * operation. A lean client (the JDK's HttpClient) so the load generator costs little next to what
 * it measures.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The smallest file the service takes for a PDF (it checks the content, not the name). */
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    final String keycloak = "http://localhost:" + env("KEYCLOAK_PORT", "38180");
    final String investor = "http://localhost:" + env("INVESTOR_PORT", "38081");
    final String licensing = "http://localhost:" + env("LICENSING_PORT", "38082");
    final Latencies latencies;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Api(Latencies latencies) {
        this.latencies = latencies;
    }

    record Answer(int status, JsonNode body, String text, String etag) {}

    private record Token(String value, long fetchedAt) {}

    /** A demo user's token (password grant, LOCAL DEMO password), renewed before it expires. */
    String token(String user) {
        Token token = tokens.get(user);
        if (token == null
                || System.nanoTime() - token.fetchedAt > Duration.ofMinutes(4).toNanos()) {
            Answer answer =
                    send(
                            "token",
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    keycloak
                                                            + "/realms/licensing/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(
                                            form(
                                                    Map.of(
                                                            "grant_type",
                                                            "password",
                                                            "client_id",
                                                            "onestop-cli",
                                                            "username",
                                                            user,
                                                            "password",
                                                            "demo-" + user))));
            require(answer, 200);
            token = new Token(answer.body().path("access_token").asText(), System.nanoTime());
            tokens.put(user, token);
        }
        return token.value();
    }

    Answer get(String operation, String user, String url) {
        return send(operation, authorized(user, url).GET());
    }

    Answer post(String operation, String user, String url, Object body) {
        return post(operation, user, url, body, Map.of());
    }

    Answer post(
            String operation, String user, String url, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = authorized(user, url);
        headers.forEach(request::header);
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(json(body));
        }
        return send(operation, request);
    }

    /**
     * A new draft of {@code user}'s in Group {@code category}, with one PDF of every document type
     * the service lists in its {@code requiredDocuments}; its id.
     */
    String dossier(String user, String category) {
        Answer draft = draft(user, category);
        String id = draft.body().path("id").asText();
        draft.body().path("requiredDocuments").forEach(type -> upload(user, id, type.asText()));
        return id;
    }

    /** Uploads a small PDF as the draft's document of {@code type} (multipart, as browsers do). */
    void upload(String user, String id, String type) {
        String boundary = "bench-" + UUID.randomUUID();
        String head =
                "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
                        + type
                        + "\r\n--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + type.toLowerCase(Locale.ROOT)
                        + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request =
                authorized(user, licensing + "/applications/" + id + "/documents")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(
                                HttpRequest.BodyPublishers.ofByteArrays(
                                        List.of(
                                                head.getBytes(StandardCharsets.UTF_8),
                                                PDF,
                                                tail.getBytes(StandardCharsets.UTF_8))));
        require(send("upload", request), 201);
    }

    private Answer draft(String user, String category) {
        Answer answer =
                post(
                        "draft",
                        user,
                        licensing + "/applications",
                        Map.of(
                                "projectName",
                                "Nhà máy thử tải " + UUID.randomUUID(),
                                "objectives",
                                "Benchmark case",
                                "sectorCode",
                                "C2610",
                                "location",
                                Map.of("park", "Khu công nghệ cao Hòa Lạc"),
                                "landAreaM2",
                                "8000",
                                "totalCapital",
                                Map.of("amount", "120000000000", "currency", "VND"),
                                "expectedEmployees",
                                120,
                                "environmentalCategory",
                                category));
        require(answer, 201);
        return answer;
    }

    /** Submits with a fresh Idempotency-Key; the case reference. */
    String submit(String user, String id) {
        Answer answer =
                post(
                        "submit",
                        user,
                        licensing + "/applications/" + id + "/submission",
                        null,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        require(answer, 200);
        return answer.body().path("reference").asText();
    }

    String status(String user, String id) {
        Answer answer = get("read", user, licensing + "/applications/" + id);
        require(answer, 200);
        return answer.body().path("status").asText();
    }

    static void require(Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException(
                    "expected " + status + " but got " + answer.status() + ": " + answer.text());
        }
    }

    private HttpRequest.Builder authorized(String user, String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user));
    }

    private Answer send(String operation, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            latencies.record(operation, System.nanoTime() - start);
            String text = response.body();
            JsonNode body =
                    text == null || text.isEmpty() || !text.startsWith("{")
                            ? JSON.createObjectNode()
                            : JSON.readTree(text);
            return new Answer(
                    response.statusCode(),
                    body,
                    text,
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(operation + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(
                    body instanceof String text ? text : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(
                fields.entrySet().stream()
                        .map(
                                e ->
                                        e.getKey()
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
