package vn.onestop.licensing.decision.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import vn.onestop.licensing.decision.model.OfficialCertificate;
import vn.onestop.licensing.decision.model.StageDecision;
import vn.onestop.licensing.decision.persistence.OfficialCertificateRepository;
import vn.onestop.support.json.CanonicalJson;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.security.Actor;

/**
 * Verifies an official's signed decision: the signed text is exactly this task's decision document,
 * the detached JWS over it verifies with an allowed algorithm, and the certificate in {@code x5c}
 * is trusted, valid at the signing time, meant for signing, registered to the caller and not
 * revoked. Any failure is a 422 naming the check.
 */
@ApplicationScoped
public class DecisionSignatures {

    /** ES256, PS256 and RS256 (with keys of at least 3072 bits); never {@code none} or HMAC. */
    public static final Set<String> ALGORITHMS =
            Set.of(
                    AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                    AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                    AlgorithmIdentifiers.RSA_USING_SHA256);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CertificateValidator validator;
    private final OfficialCertificateRepository certificates;
    private final SignatureConfig config;
    private final Clock clock;

    DecisionSignatures(
            CertificateValidator validator,
            OfficialCertificateRepository certificates,
            SignatureConfig config,
            Clock clock) {
        this.clock = clock;
        this.validator = validator;
        this.certificates = certificates;
        this.config = config;
    }

    /** What the verification established, stored with the decision. */
    public record Verified(
            OfficialCertificate certificate, String algorithm, Map<String, Object> record) {}

    /**
     * A document's signing time must be recent: a signature is not kept for later use.
     *
     * @throws ApplicationException 422 when it is stale or dated in the future
     */
    public void requireRecent(Instant decidedAt, Instant now) {
        if (decidedAt.isAfter(now.plus(config.clockSkew()))) {
            throw CertificateValidator.rejected("future");
        }
        if (decidedAt.isBefore(now.minus(config.maxAge()))) {
            throw CertificateValidator.rejected("stale", config.maxAge().toMinutes());
        }
    }

    /**
     * Verifies {@code jws} over {@code document}, which must be exactly {@code expected}.
     *
     * @throws ApplicationException 422 naming the failed check; 409 when another decision on the
     *     case was recorded after the document was prepared
     */
    public Verified verify(Actor official, DecisionDocument expected, String document, String jws) {
        requireSameDocument(expected, document);
        String algorithm = requireAllowedAlgorithm(jws);
        JsonWebSignature signature = parseDetached(jws, document);
        List<X509Certificate> chain = chainOf(signature);
        Instant signedAt = expected.decidedAt();
        validator.requireSigningCertificate(chain, signedAt);
        X509Certificate signer = chain.get(0);
        verifySignature(signature, signer);
        String fingerprint = CertificateValidator.fingerprint(signer);
        OfficialCertificate registered =
                certificates
                        .findByFingerprint(fingerprint)
                        .filter(c -> c.isOwnedBy(official.issuer(), official.subject()))
                        .orElseThrow(() -> CertificateValidator.rejected("not-yours"));
        Instant now = clock.instant();
        if (registered.isRevokedAt(now)) {
            throw CertificateValidator.rejected("revoked", registered.revokedAt());
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("result", "VALID");
        record.put("algorithm", algorithm);
        record.put("certificateId", registered.id().toString());
        record.put("certificateFingerprint", fingerprint);
        record.put("certificateSubject", registered.subjectDn());
        record.put("certificateIssuer", registered.issuerDn());
        record.put("signedAt", signedAt.toString());
        record.put("verifiedAt", now.toString());
        record.put(
                "checks",
                List.of(
                        "document is this task's decision",
                        "algorithm allowed",
                        "certificate valid at signing time",
                        "key usage allows signing",
                        "chain to a trust anchor",
                        "signature verifies",
                        "certificate registered to the signer",
                        "certificate not revoked"));
        return new Verified(registered, algorithm, record);
    }

    /**
     * Verifies a stored decision again, now, from what was stored: the document against its hash,
     * its place in the case's chain of decisions and the stored columns; the signature, algorithm
     * and certificate as at signing time; and whether the certificate had been revoked by then.
     * Returns what no longer holds (empty when everything does).
     */
    public List<String> recheck(
            StageDecision decision, OfficialCertificate certificate, String previousHash) {
        List<String> problems = new ArrayList<>();
        String document = decision.document();
        if (!CanonicalJson.sha256(document).equals(decision.documentHash())) {
            problems.add("the stored document no longer matches its recorded hash");
        }
        try {
            DecisionDocument signed = DecisionDocument.parse(document);
            if (!signed.canonical().equals(document)) {
                problems.add("the stored document is not in RFC 8785 canonical form");
            }
            if (!signed.taskId().equals(decision.taskId())
                    || !signed.outcome().equals(decision.outcome())
                    || !signed.stage().equals(decision.stage())) {
                problems.add("the recorded task, stage or outcome differs from the signed one");
            }
            // The first decision's document names no predecessor as an empty string.
            if (!signed.previousDecisionHash().equals(previousHash == null ? "" : previousHash)) {
                problems.add("the document does not follow the case's previous decision");
            }
        } catch (RuntimeException e) {
            problems.add("the stored document is not a decision document");
        }
        try {
            requireAllowedAlgorithm(decision.signature());
            JsonWebSignature signature = parseDetached(decision.signature(), document);
            List<X509Certificate> chain = chainOf(signature);
            validator.requireSigningCertificate(chain, decision.decidedAt());
            verifySignature(signature, chain.get(0));
            if (certificate == null
                    || !CertificateValidator.fingerprint(chain.get(0))
                            .equals(certificate.fingerprint())) {
                problems.add("it was signed with another certificate than the one recorded");
            }
        } catch (ApplicationException e) {
            problems.add(e.getMessage());
        }
        if (certificate != null && certificate.isRevokedAt(decision.decidedAt())) {
            problems.add("the certificate had been revoked when the decision was signed");
        }
        return problems;
    }

    private static void requireSameDocument(DecisionDocument expected, String document) {
        String canonical = expected.canonical();
        if (canonical.equals(document)) {
            return;
        }
        Map<String, Object> given = parse(document);
        Map<String, Object> wanted = parse(canonical);
        String field =
                wanted.keySet().stream()
                        .filter(k -> !wanted.get(k).equals(given.get(k)))
                        .findFirst()
                        .orElse(null);
        if ("previousDecisionHash".equals(field)) {
            throw ApplicationException.conflict("decision.superseded");
        }
        throw field == null
                ? CertificateValidator.rejected("not-canonical")
                : CertificateValidator.rejected("other-decision", field);
    }

    /** Read before any cryptography, so {@code none} and HMAC are refused by name. */
    private static String requireAllowedAlgorithm(String jws) {
        String[] parts = jws.split("\\.", -1);
        if (parts.length != 3 || !parts[1].isEmpty()) {
            throw CertificateValidator.rejected("not-detached");
        }
        Object algorithm;
        try {
            algorithm =
                    JsonUtil.parseJson(
                                    new String(
                                            Base64.getUrlDecoder().decode(parts[0]),
                                            StandardCharsets.UTF_8))
                            .get("alg");
        } catch (IllegalArgumentException | JoseException e) {
            throw CertificateValidator.rejected("header-unreadable");
        }
        if (!(algorithm instanceof String name) || !ALGORITHMS.contains(name)) {
            throw CertificateValidator.rejected("algorithm", algorithm);
        }
        return name;
    }

    private static JsonWebSignature parseDetached(String jws, String document) {
        try {
            JsonWebSignature signature = new JsonWebSignature();
            signature.setCompactSerialization(jws);
            // Detached content: set as a string, which the signature input is computed from.
            signature.setPayload(document);
            return signature;
        } catch (JoseException e) {
            throw CertificateValidator.rejected("not-jws");
        }
    }

    private List<X509Certificate> chainOf(JsonWebSignature signature) {
        List<X509Certificate> chain;
        try {
            chain = signature.getCertificateChainHeaderValue();
        } catch (JoseException e) {
            throw CertificateValidator.rejected("x5c-unreadable");
        }
        if (chain == null || chain.isEmpty()) {
            throw CertificateValidator.rejected("no-x5c");
        }
        return chain;
    }

    private static void verifySignature(JsonWebSignature signature, X509Certificate signer) {
        try {
            signature.setAlgorithmConstraints(
                    new AlgorithmConstraints(
                            AlgorithmConstraints.ConstraintType.PERMIT,
                            ALGORITHMS.toArray(String[]::new)));
            signature.setKey(signer.getPublicKey());
            if (!signature.verifySignature()) {
                throw CertificateValidator.rejected("bad-signature");
            }
        } catch (JoseException e) {
            throw CertificateValidator.rejected("bad-signature");
        }
    }

    private static Map<String, Object> parse(String document) {
        try {
            Map<String, Object> content =
                    JSON.readValue(document, new TypeReference<Map<String, Object>>() {});
            if (!DecisionDocument.TYPE.equals(content.get("type"))) {
                throw CertificateValidator.rejected("not-a-decision");
            }
            return content;
        } catch (IOException e) {
            throw CertificateValidator.rejected("not-json");
        }
    }
}
