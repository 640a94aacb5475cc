package vn.onestop.licensing.signatures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.onestop.licensing.support.CaseApi.awaitStatus;
import static vn.onestop.licensing.support.CaseApi.decide;
import static vn.onestop.licensing.support.CaseApi.submitted;
import static vn.onestop.workflow.process.CaseStage.APPRAISAL;
import static vn.onestop.workflow.process.CaseStage.APPROVAL;
import static vn.onestop.workflow.process.CaseStage.COMPLETENESS_CHECK;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.licensing.support.Signers;
import vn.onestop.support.testing.TestPki;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * Decisions are signed legal acts: every decision of a case is verified and chained, and every way
 * of faking one is refused with 422 while nothing changes.
 */
@QuarkusTest
class SignedDecisionTest extends ApiTest {

    private static final Map<String, Object> COMPLETE =
            Map.of("outcome", "COMPLETE", "comment", "Hồ sơ đầy đủ");

    private final String reception = TestTokens.withRoles("reception");
    private final String appraisal = TestTokens.withRoles("appraisal");
    private final String approver = TestTokens.withRoles("approver");
    private final String auditor = TestTokens.withRoles("auditor");

    @Test
    void shouldVerifyChainAndShowEverySignerOfACase() throws Exception {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        decide(reception, application, COMPLETENESS_CHECK, "COMPLETE");
        decide(appraisal, application, APPRAISAL, "RECOMMEND_APPROVAL");
        decide(approver, application, APPROVAL, "APPROVE");
        awaitStatus(application, "LICENSED");

        List<Map<String, Object>> signed =
                signedDecisions(application).body("", hasSize(3)).extract().path("");
        String previous = null;
        for (Map<String, Object> decision : signed) {
            String document = (String) decision.get("document");
            assertThat(decision.get("documentHash")).isEqualTo(sha256(document));
            assertThat(decision.get("previousDecisionHash")).isEqualTo(previous);
            assertThat(verifiesIndependently(document, decision)).isTrue();
            assertThat(decision).extracting("verification").extracting("result").isEqualTo("VALID");
            previous = (String) decision.get("documentHash");
        }
        assertThat(signed)
                .extracting(d -> d.get("stage"))
                .containsExactly("COMPLETENESS_CHECK", "APPRAISAL", "APPROVAL");
        List<String> signers =
                given().auth()
                        .oauth2(auditor)
                        .get("/applications/{id}/timeline", application.id())
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("decisions.signedBy");
        assertThat(signers).hasSize(3);
        assertThat(signers.get(0)).contains("CN=Official " + Signers.subjectOf(reception));
        assertThat(signers.get(1)).contains("CN=Official " + Signers.subjectOf(appraisal));
        assertThat(signers.get(2)).contains("CN=Official " + Signers.subjectOf(approver));
        given().auth()
                .oauth2(application.investorToken())
                .get("/applications/{id}/signed-decisions", application.id())
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseAForgedSignature() {
        var attempt = Attempt.prepare(reception, COMPLETE);
        TestPki.Credential registered = Signers.of(reception);
        var forger = new TestPki.Credential(TestPki.ecKeys().getPrivate(), registered.chain());

        attempt.send(forger.sign(attempt.document))
                .statusCode(422)
                .body("detail", containsString("does not verify"));
        attempt.assertNothingChanged();
    }

    @Test
    void shouldRefuseATamperedDocument() {
        var attempt = Attempt.prepare(reception, COMPLETE);
        String signature = Signers.of(reception).sign(attempt.document);
        String tampered = attempt.document.replace("Hồ sơ đầy đủ", "Hồ sơ đã kiểm tra");

        attempt.sendDocument(tampered, signature)
                .statusCode(422)
                .body("detail", containsString("does not verify"));
        attempt.assertNothingChanged();
    }

    @Test
    void shouldRefuseASwappedOutcome() {
        var attempt =
                Attempt.prepare(
                        reception,
                        Map.of(
                                "outcome",
                                "INELIGIBLE",
                                "comment",
                                "Sector not permitted in the park"));
        String signature = Signers.of(reception).sign(attempt.document);

        attempt.sendDocument(attempt.document.replace("INELIGIBLE", "COMPLETE"), signature)
                .statusCode(422)
                .body("detail", containsString("does not verify"));
        attempt.assertNothingChanged();
    }

    @Test
    void shouldRefuseASignatureReplayedOnAnotherTask() {
        var signedHere = Attempt.prepare(reception, COMPLETE);
        String signature = Signers.of(reception).sign(signedHere.document);
        var elsewhere = Attempt.prepare(reception, COMPLETE);

        elsewhere
                .sendDocument(signedHere.document, signature)
                .statusCode(422)
                .body("detail", containsString("is not this task's decision"));
        elsewhere.assertNothingChanged();
        signedHere.assertNothingChanged();
    }

    @Test
    void shouldRefuseAnotherOfficialsCertificate() {
        String colleague = TestTokens.withRoles("reception");
        TestPki.Credential theirs = Signers.of(colleague);
        var attempt = Attempt.prepare(reception, COMPLETE);

        attempt.send(theirs.sign(attempt.document))
                .statusCode(422)
                .body("detail", containsString("not registered to you"));
        attempt.assertNothingChanged();
    }

    @Test
    void shouldRefuseACertificateFromAnUntrustedAuthority() {
        var stranger = new TestPki("CN=Stranger CA,C=VN").official("Mallory");
        Signers.registerCertificate(reception, stranger)
                .statusCode(422)
                .body("detail", containsString("does not chain to a trusted authority"));
        var attempt = Attempt.prepare(reception, COMPLETE);

        attempt.send(stranger.sign(attempt.document))
                .statusCode(422)
                .body("detail", containsString("does not chain to a trusted authority"));
        attempt.assertNothingChanged();
    }

    @Test
    void shouldRefuseAnExpiredCertificate() {
        var expired =
                TestPki.AUTHORITY.issue(
                        "Expired official",
                        TestPki.ecKeys(),
                        Instant.now().minus(Duration.ofDays(400)),
                        Instant.now().minus(Duration.ofDays(35)),
                        KeyUsage.digitalSignature);
        Signers.registerCertificate(reception, expired)
                .statusCode(422)
                .body("detail", containsString("expired"));
        var attempt = Attempt.prepare(reception, COMPLETE);

        attempt.send(expired.sign(attempt.document))
                .statusCode(422)
                .body("detail", containsString("the certificate expired at"));
        attempt.assertNothingChanged();
    }

    @Test
    void shouldRefuseACertificateNotMeantForSigning() {
        var encryptionOnly =
                TestPki.AUTHORITY.issue(
                        "Encryption only",
                        TestPki.ecKeys(),
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(30)),
                        KeyUsage.keyAgreement);
        var attempt = Attempt.prepare(reception, COMPLETE);

        attempt.send(encryptionOnly.sign(attempt.document))
                .statusCode(422)
                .body("detail", containsString("key usage"));
        attempt.assertNothingChanged();
    }

    @Test
    void shouldRefuseAWeakRsaKey() {
        var weak =
                TestPki.AUTHORITY.issue(
                        "Weak key",
                        TestPki.rsaKeys(2048),
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(30)),
                        KeyUsage.digitalSignature);
        var attempt = Attempt.prepare(reception, COMPLETE);

        attempt.send(weak.sign(attempt.document, AlgorithmIdentifiers.RSA_USING_SHA256))
                .statusCode(422)
                .body("detail", containsString("at least 3072"));
        attempt.assertNothingChanged();
    }

    @Test
    void shouldRefuseARevokedCertificateButKeepWhatItSignedBefore() {
        String official = TestTokens.withRoles("reception");
        var credential = TestPki.AUTHORITY.official("Soon revoked");
        String certificateId =
                Signers.registerCertificate(official, credential)
                        .statusCode(201)
                        .extract()
                        .path("id");
        var before = Attempt.prepare(official, COMPLETE);
        CaseApi.completeSigned(
                        official, before.task, before.document, credential.sign(before.document))
                .statusCode(204);

        given().auth()
                .oauth2(TestTokens.withRoles("administrator"))
                .contentType("application/json")
                .body(Map.of("reason", "Smart card reported lost"))
                .post("/certificates/{id}/revocation", certificateId)
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));

        var after = Attempt.prepare(official, COMPLETE);
        after.send(credential.sign(after.document))
                .statusCode(422)
                .body("detail", containsString("was revoked at"));
        after.assertNothingChanged();
        signedDecisions(before.application)
                .body("", hasSize(1))
                .body("[0].verification.result", equalTo("VALID"))
                .body("[0].certificate.status", equalTo("REVOKED"))
                .body("[0].certificate.revocationReason", equalTo("Smart card reported lost"));
    }

    @Test
    void shouldRefuseTheNoneAlgorithm() {
        var attempt = Attempt.prepare(reception, COMPLETE);
        String header = header("none", Signers.of(reception));

        attempt.send(header + "..")
                .statusCode(422)
                .body("detail", containsString("algorithm none is not accepted"));
        attempt.assertNothingChanged();
    }

    @Test
    void shouldRefuseAnHmacSignature() throws Exception {
        var attempt = Attempt.prepare(reception, COMPLETE);
        String header = header("HS256", Signers.of(reception));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("a secret anyone could guess".getBytes(), "HmacSHA256"));
        String input = header + "." + base64Url(attempt.document);
        String hmac =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));

        attempt.send(header + ".." + hmac)
                .statusCode(422)
                .body("detail", containsString("algorithm HS256 is not accepted"));
        attempt.assertNothingChanged();
    }

    @Test
    void shouldRefuseADocumentSignedTooLongAgo() {
        var attempt = Attempt.prepare(reception, COMPLETE);
        String stale =
                attempt.document.replaceFirst(
                        "\"decidedAt\":\"[^\"]+\"",
                        "\"decidedAt\":\"" + Instant.now().minus(Duration.ofHours(2)) + "\"");

        attempt.sendDocument(stale, Signers.of(reception).sign(stale))
                .statusCode(422)
                .body("detail", containsString("prepared more than 15 minutes ago"));
        attempt.assertNothingChanged();
    }

    @Test
    void shouldTellAnOfficialWhoseCertificateSomeoneElseRegistered() {
        var credential = TestPki.AUTHORITY.official("Shared card");
        Signers.registerCertificate(TestTokens.withRoles("appraisal"), credential).statusCode(201);

        Signers.registerCertificate(reception, credential)
                .statusCode(409)
                .body("detail", containsString("registered to another official"));
    }

    /** A case waiting at the completeness check, and the document to sign for its task. */
    private static final class Attempt {
        final CaseApi.Case application;
        final String official;
        final String task;
        final String document;

        private Attempt(CaseApi.Case application, String official, String task, String document) {
            this.application = application;
            this.official = official;
            this.task = task;
            this.document = document;
        }

        static Attempt prepare(String official, Map<String, Object> decision) {
            var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
            String task = CaseApi.taskId(official, application, COMPLETENESS_CHECK);
            String document =
                    CaseApi.prepare(official, task, decision)
                            .statusCode(200)
                            .extract()
                            .path("canonical");
            return new Attempt(application, official, task, document);
        }

        ValidatableResponse send(String signature) {
            return sendDocument(document, signature);
        }

        ValidatableResponse sendDocument(String text, String signature) {
            return CaseApi.completeSigned(official, task, text, signature)
                    .contentType("application/problem+json");
        }

        void assertNothingChanged() {
            given().auth()
                    .oauth2(official)
                    .get("/tasks/{id}", task)
                    .then()
                    .statusCode(200)
                    .body("assignee", equalTo(null));
            CaseApi.read(application).body("status", equalTo("UNDER_REVIEW"));
            signedDecisions(application).body("", hasSize(0));
        }
    }

    private static ValidatableResponse signedDecisions(CaseApi.Case application) {
        return given().auth()
                .oauth2(TestTokens.withRoles("auditor"))
                .get("/applications/{id}/signed-decisions", application.id())
                .then()
                .statusCode(200);
    }

    private static boolean verifiesIndependently(String document, Map<String, Object> decision)
            throws Exception {
        X509Certificate certificate =
                (X509Certificate)
                        CertificateFactory.getInstance("X.509")
                                .generateCertificate(
                                        new ByteArrayInputStream(
                                                Base64.getDecoder()
                                                        .decode(
                                                                (String)
                                                                        decision.get(
                                                                                "certificateDer"))));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization((String) decision.get("signature"));
        jws.setPayload(document);
        jws.setKey(certificate.getPublicKey());
        return jws.verifySignature();
    }

    private static String header(String algorithm, TestPki.Credential credential) {
        String json =
                "{\"alg\":\""
                        + algorithm
                        + "\",\"x5c\":[\""
                        + String.join("\",\"", credential.x5c())
                        + "\"]}";
        return base64Url(json);
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256")
                                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
