package vn.onestop.licensing.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;
import vn.onestop.support.testing.TestPki;

/**
 * Each official account's signing credential, registered with the service on first use, so tests
 * sign decisions as real officials do.
 */
public final class Signers {

    private static final Map<String, TestPki.Credential> BY_SUBJECT = new ConcurrentHashMap<>();

    private Signers() {}

    /** The registered credential of the account the token belongs to. */
    public static TestPki.Credential of(String token) {
        return BY_SUBJECT.computeIfAbsent(subjectOf(token), subject -> register(token, subject));
    }

    /** Registers a certificate as the token's account; the response is returned as is. */
    public static io.restassured.response.ValidatableResponse registerCertificate(
            String token, TestPki.Credential credential) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("certificateChain", credential.x5c()))
                .post("/officials/me/certificates")
                .then();
    }

    public static String subjectOf(String token) {
        String payload =
                new String(
                        Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                        StandardCharsets.UTF_8);
        try {
            return (String) JsonUtil.parseJson(payload).get("sub");
        } catch (JoseException e) {
            throw new IllegalArgumentException("Not a JWT", e);
        }
    }

    private static TestPki.Credential register(String token, String subject) {
        TestPki.Credential credential = TestPki.AUTHORITY.official("Official " + subject);
        registerCertificate(token, credential).statusCode(201);
        return credential;
    }
}
