package vn.onestop.e2e;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The officials' side of the browser tests, until the officials' workspace has its own pages: a
 * loopback-only HTTP endpoint through which a Playwright spec asks for what an official would do,
 * done here with the officials' real Keycloak tokens and real signatures ({@link Officials}).
 *
 * <ul>
 *   <li>{@code POST /investors/verify {"legalName"}}: reception1 verifies the pending investor
 *   <li>{@code POST /decisions {"official", "reference", "stage", "outcome", "reasons"}}: the
 *       official decides the case's open task of that stage, signed
 * </ul>
 */
final class OfficeDesk implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    OfficeDesk() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/investors/verify", exchange -> answer(exchange, this::verify));
        server.createContext("/decisions", exchange -> answer(exchange, this::decide));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
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

    private static void answer(HttpExchange exchange, java.util.function.Consumer<JsonNode> work)
            throws IOException {
        int status = 204;
        byte[] body = new byte[0];
        try {
            work.accept(JSON.readTree(exchange.getRequestBody()));
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
