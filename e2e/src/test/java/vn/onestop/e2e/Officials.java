package vn.onestop.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import vn.onestop.signer.DecisionSigner;

/**
 * An official's client: registers the official's demo certificate, asks for the decision document,
 * signs it with {@link DecisionSigner} and the PKCS#12 key deploy/local/pki made, and completes the
 * task.
 */
public final class Officials {

    private Officials() {}

    public static void decide(String official, String reference, String stage, String outcome) {
        decide(official, reference, stage, outcome, false);
    }

    /**
     * Decides with the TypeScript signer of frontend-contracts (node, jose, canonicalize) instead
     * of Java: the service must accept what a web frontend signs.
     */
    static void decideSignedInTypeScript(
            String official, String reference, String stage, String outcome) {
        decide(official, reference, stage, outcome, true);
    }

    private static void decide(
            String official, String reference, String stage, String outcome, boolean typeScript) {
        prepare(official, reference, stage, outcome, List.of(), typeScript)
                .complete()
                .then()
                .statusCode(204);
    }

    /** A decision with reasons per document (a supplement request, a refusal). */
    public static void decide(
            String official,
            String reference,
            String stage,
            String outcome,
            List<Map<String, String>> reasons) {
        prepare(official, reference, stage, outcome, reasons, false)
                .complete()
                .then()
                .statusCode(204);
    }

    /**
     * Everything up to the completion: the official's certificate registered, the task found, the
     * decision document fetched and signed. {@link Decision#complete()} sends it, as often as the
     * caller likes (a double click, a retry).
     */
    public static Decision prepare(
            String official, String reference, String stage, String outcome) {
        return prepare(official, reference, stage, outcome, List.of(), false);
    }

    private static Decision prepare(
            String official,
            String reference,
            String stage,
            String outcome,
            List<Map<String, String>> reasons,
            boolean typeScript) {
        String token = Keycloak.token(official);
        DecisionSigner signer = signerOf(official);
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("certificateChain", signer.x5c()))
                .post(Suite.LICENSING + "/officials/me/certificates")
                .then()
                .statusCode(
                        org.hamcrest.Matchers.anyOf(
                                org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)));
        String task =
                org.awaitility.Awaitility.await()
                        .atMost(java.time.Duration.ofSeconds(30))
                        .until(
                                () ->
                                        given().auth()
                                                .oauth2(token)
                                                .queryParam("reference", reference)
                                                .queryParam("stage", stage)
                                                .get(Suite.LICENSING + "/tasks")
                                                .then()
                                                .statusCode(200)
                                                .extract()
                                                .<String>path("items[0].id"),
                                java.util.Objects::nonNull);
        String document =
                given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(
                                Map.of(
                                        "outcome",
                                        outcome,
                                        "comment",
                                        "Decided end to end",
                                        "reasons",
                                        reasons))
                        .post(Suite.LICENSING + "/tasks/{id}/decision-document", task)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("canonical");
        String signature =
                typeScript
                        ? TypeScriptSigner.sign(official, signer.x5c(), document)
                        : signer.sign(document);
        return new Decision(token, task, document, signature);
    }

    /** A signed decision on one task, ready to send. */
    public record Decision(String token, String task, String document, String signature) {

        public Response complete() {
            return given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body(Map.of("document", document, "signature", signature))
                    .post(Suite.LICENSING + "/tasks/{id}/completion", task);
        }
    }

    private static DecisionSigner signerOf(String official) {
        // LOCAL DEMO keystores: the password is the official's name (deploy/local/pki).
        return DecisionSigner.fromPkcs12(
                Suite.pki().resolve(official + ".p12"), official.toCharArray());
    }
}
