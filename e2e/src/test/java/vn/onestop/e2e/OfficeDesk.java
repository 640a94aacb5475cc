package vn.onestop.e2e;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The officials' side of the browser tests, until the officials' workspace has its own pages: a
 * loopback-only HTTP endpoint through which a Playwright spec asks for what an official would do,
 * done here with the officials' real Keycloak tokens and real signatures ({@link Officials}).
 *
 * <ul>
 *   <li>{@code POST /investors/verify {"legalName"}}: reception1 verifies the pending investor
 *   <li>{@code POST /decisions {"official", "reference", "stage", "outcome", "reasons"}}: the
 *       official decides the case's open task of that stage, signed
 *   <li>{@code POST /cases {"category"}}: investor1 submits a case (as the API does what the
 *       investor's pages do, which the investor journey walks) and gets {@code {"reference"}}
 * </ul>
 */
final class OfficeDesk implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    OfficeDesk() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/investors/verify", exchange -> answer(exchange, done(this::verify)));
        server.createContext("/decisions", exchange -> answer(exchange, done(this::decide)));
        server.createContext("/cases", exchange -> answer(exchange, this::submitCase));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Map<String, Object> submitCase(JsonNode request) {
        String investor = Investors.registered("investor1", true);
        String id = Investors.dossier(investor, request.path("category").asText("IV"));
        Response submitted = Investors.submit(investor, id, UUID.randomUUID().toString());
        if (submitted.statusCode() != 200) {
            // The problem's detail says which part refused (the investor register, the
            // database...).
            throw new IllegalStateException(
                    "submission answered " + submitted.statusCode() + ": " + submitted.asString());
        }
        return Map.of("reference", submitted.<String>path("reference"), "id", id);
    }

    private void verify(JsonNode request) {
        String legalName = request.path("legalName").asText();
        String reception = Keycloak.token("reception1");
        List<Map<String, Object>> pending =
                given().auth()
                        .oauth2(reception)
                        .queryParam("status", "PENDING_VERIFICATION")
                        .queryParam("size", 100)
                        .get(Suite.INVESTOR + "/investors")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items");
        String id =
                pending.stream()
                        .filter(i -> legalName.equals(i.get("legalName")))
                        .map(i -> (String) i.get("id"))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("No pending " + legalName));
        Investors.verify(id);
    }

    private void decide(JsonNode request) {
        List<Map<String, String>> reasons = new ArrayList<>();
        request.path("reasons")
                .forEach(
                        r ->
                                reasons.add(
                                        Map.of(
                                                "document", r.path("document").asText(),
                                                "reason", r.path("reason").asText())));
        Officials.decide(
                request.path("official").asText(),
                request.path("reference").asText(),
                request.path("stage").asText(),
                request.path("outcome").asText(),
                reasons);
    }

    private static Function<JsonNode, Map<String, Object>> done(Consumer<JsonNode> work) {
        return request -> {
            work.accept(request);
            return null;
        };
    }

    /** 204 when the work answers nothing, 200 with its JSON otherwise, 500 with why it failed. */
    private static void answer(HttpExchange exchange, Function<JsonNode, Map<String, Object>> work)
            throws IOException {
        int status = 204;
        byte[] body = new byte[0];
        try {
            Map<String, Object> answer = work.apply(JSON.readTree(exchange.getRequestBody()));
            if (answer != null) {
                status = 200;
                body = JSON.writeValueAsBytes(answer);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
            }
        } catch (RuntimeException | AssertionError e) {
            status = 500;
            body = String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
