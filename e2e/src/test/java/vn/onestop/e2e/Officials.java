package vn.onestop.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;

/**
 * An official's client: registers the official's demo certificate, asks for the decision document,
 * signs it as a detached JWS with the PKCS#12 key deploy/local/pki made, and completes the task.
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
        Signer signer = Signer.of(official);
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

    private record Signer(PrivateKey key, List<X509Certificate> chain) {

        static Signer of(String official) {
            try (InputStream in = Files.newInputStream(Suite.pki().resolve(official + ".p12"))) {
                // LOCAL DEMO keystores: the password is the official's name (deploy/local/pki).
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, official.toCharArray());
                String alias = store.aliases().nextElement();
                Certificate[] chain = store.getCertificateChain(alias);
                return new Signer(
                        (PrivateKey) store.getKey(alias, official.toCharArray()),
                        Arrays.stream(chain).map(X509Certificate.class::cast).toList());
            } catch (Exception e) {
                throw new IllegalStateException("No demo key for " + official, e);
            }
        }

        List<String> x5c() {
            return chain.stream()
                    .map(
                            c -> {
                                try {
                                    return Base64.getEncoder().encodeToString(c.getEncoded());
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            })
                    .toList();
        }

        String sign(String document) {
            try {
                JsonWebSignature jws = new JsonWebSignature();
                jws.setPayload(document);
                jws.setKey(key);
                jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
                jws.setCertificateChainHeaderValue(chain.toArray(X509Certificate[]::new));
                return jws.getDetachedContentCompactSerialization();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot sign", e);
            }
        }
    }
}
