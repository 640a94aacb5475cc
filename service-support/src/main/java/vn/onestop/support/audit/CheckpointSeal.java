package vn.onestop.support.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import vn.onestop.support.json.CanonicalJson;
import vn.onestop.support.seal.SealKey;

/**
 * Signs checkpoints as compact JWS (payload: RFC 8785 JSON; header: {@code x5c}) and checks them
 * against a trust anchor. Pure, so an offline verifier uses it as the service does.
 */
public final class CheckpointSeal {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "urn:onestop:audit-checkpoint:v1";

    private CheckpointSeal() {}

    public static Checkpoint seal(
            SealKey seal,
            String service,
            long from,
            long to,
            List<String> hashes,
            Instant sealedAt) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", TYPE);
        payload.put("service", service);
        payload.put("fromSequence", Long.toString(from));
        payload.put("toSequence", Long.toString(to));
        payload.put("sealedAt", sealedAt.toString());
        hashes.forEach(payload.putArray("hashes")::add);
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(CanonicalJson.ofText(JSON.writeValueAsString(payload)));
            jws.setKey(seal.key());
            jws.setAlgorithmHeaderValue(algorithmFor(seal.key()));
            jws.setCertificateChainHeaderValue(seal.chain().toArray(X509Certificate[]::new));
            return new Checkpoint(
                    service, from, to, hashes, sealedAt, jws.getCompactSerialization());
        } catch (IOException | JoseException e) {
            throw new IllegalStateException("Cannot seal audit checkpoint " + to, e);
        }
    }

    /**
     * Reads a checkpoint from its JWS after checking the signature with the {@code x5c} leaf and
     * that leaf's chain to {@code anchor}.
     *
     * @throws InvalidCheckpointException saying what does not hold
     */
    public static Checkpoint open(String compact, X509Certificate anchor) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(
                    new AlgorithmConstraints(
                            AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                            AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384,
                            AlgorithmIdentifiers.RSA_PSS_USING_SHA256));
            jws.setCompactSerialization(compact);
            List<X509Certificate> chain = jws.getCertificateChainHeaderValue();
            if (chain == null || chain.isEmpty()) {
                throw new InvalidCheckpointException("The seal carries no certificate");
            }
            jws.setKey(chain.get(0).getPublicKey());
            if (!jws.verifySignature()) {
                throw new InvalidCheckpointException("The seal's signature does not verify");
            }
            JsonNode payload = JSON.readTree(jws.getPayload());
            if (!TYPE.equals(payload.path("type").asText())) {
                throw new InvalidCheckpointException("Not an audit checkpoint");
            }
            Instant sealedAt = Instant.parse(payload.path("sealedAt").asText());
            requireTrusted(chain, anchor, sealedAt);
            List<String> hashes = new ArrayList<>();
            payload.path("hashes").forEach(h -> hashes.add(h.asText()));
            return new Checkpoint(
                    payload.path("service").asText(),
                    Long.parseLong(payload.path("fromSequence").asText()),
                    Long.parseLong(payload.path("toSequence").asText()),
                    hashes,
                    sealedAt,
                    compact);
        } catch (JoseException | IOException | RuntimeException e) {
            if (e instanceof InvalidCheckpointException invalid) {
                throw invalid;
            }
            throw new InvalidCheckpointException("The seal is unreadable: " + e.getMessage());
        }
    }

    /** Trusted as of the time of sealing: an expired seal's past checkpoints stay valid. */
    private static void requireTrusted(
            List<X509Certificate> chain, X509Certificate anchor, Instant at) {
        if (chain.get(0).equals(anchor)) {
            return;
        }
        try {
            var path =
                    CertificateFactory.getInstance("X.509")
                            .generateCertPath(
                                    chain.stream().filter(c -> !c.equals(anchor)).toList());
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(java.util.Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
        } catch (GeneralSecurityException e) {
            throw new InvalidCheckpointException(
                    "The seal's certificate is not the authority's: " + e.getMessage());
        }
    }

    private static String algorithmFor(PrivateKey key) {
        if (key instanceof ECKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize() > 256
                    ? AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384
                    : AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256;
        }
        return AlgorithmIdentifiers.RSA_PSS_USING_SHA256;
    }

    /** A checkpoint whose seal cannot be trusted. */
    public static final class InvalidCheckpointException extends RuntimeException {
        public InvalidCheckpointException(String message) {
            super(message);
        }
    }
}
