package vn.onestop.licensing.decision.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.onestop.support.problem.ApplicationException;

/**
 * Decides whether a certificate may sign decisions: it chains to a configured trust anchor (PKIX),
 * is valid at the signing time, allows digital signatures and carries a strong enough key.
 * Revocation is this service's own registry, not CRLs (see {@code CertificateRegistry}).
 */
@ApplicationScoped
public class CertificateValidator {

    /** RSA keys shorter than this are refused, whatever the algorithm. */
    static final int MIN_RSA_BITS = 3072;

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final Set<TrustAnchor> anchors;
    private final Set<X509Certificate> anchorCertificates;

    CertificateValidator(SignatureConfig config) {
        try (InputStream in = Files.newInputStream(config.trustAnchors())) {
            List<X509Certificate> loaded =
                    factory().generateCertificates(in).stream()
                            .map(X509Certificate.class::cast)
                            .toList();
            if (loaded.isEmpty()) {
                throw new IllegalStateException(
                        "No certificate in licensing.signatures.trust-anchors="
                                + config.trustAnchors());
            }
            this.anchorCertificates = Set.copyOf(loaded);
            this.anchors =
                    loaded.stream()
                            .map(c -> new TrustAnchor(c, null))
                            .collect(Collectors.toUnmodifiableSet());
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException(
                    "Cannot read licensing.signatures.trust-anchors=" + config.trustAnchors(), e);
        }
    }

    /**
     * Reads a chain given as base64 DER certificates, the signer's first (the JWS {@code x5c}
     * layout).
     *
     * @throws ApplicationException 422 when an entry is not a certificate
     */
    public List<X509Certificate> parse(List<String> base64Der) {
        if (base64Der == null || base64Der.isEmpty()) {
            throw rejected("no-certificate");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (int i = 0; i < base64Der.size(); i++) {
            try {
                byte[] der = Base64.getDecoder().decode(base64Der.get(i));
                chain.add(
                        (X509Certificate)
                                factory().generateCertificate(new ByteArrayInputStream(der)));
            } catch (IllegalArgumentException | CertificateException e) {
                throw rejected("not-a-certificate", i);
            }
        }
        return List.copyOf(chain);
    }

    /**
     * Checks that the chain's first certificate may sign decisions at {@code at}.
     *
     * @throws ApplicationException 422 naming the first check that fails
     */
    public void requireSigningCertificate(List<X509Certificate> chain, Instant at) {
        X509Certificate signer = chain.get(0);
        try {
            signer.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            throw rejected("expired", signer.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw rejected("not-yet-valid", signer.getNotBefore().toInstant());
        }
        requireKeyUsage(signer);
        requireStrongKey(signer.getPublicKey());
        requireTrustedPath(chain, at);
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the curve of ES256 and RSA keys of at least 3072 bits are strong enough here. */
    static void requireStrongKey(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
                throw rejected("weak-rsa", rsa.getModulus().bitLength(), MIN_RSA_BITS);
            }
        } else if (key instanceof ECPublicKey ec) {
            if (ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw rejected("ec-curve");
            }
        } else {
            throw rejected("key-type", key.getAlgorithm());
        }
    }

    private static void requireKeyUsage(X509Certificate signer) {
        boolean[] usage = signer.getKeyUsage();
        if (usage == null || !(usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION])) {
            throw rejected("key-usage");
        }
    }

    private void requireTrustedPath(List<X509Certificate> chain, Instant at) {
        // The anchor itself may travel in x5c; the path to validate stops below it.
        List<X509Certificate> path =
                chain.stream().filter(c -> !anchorCertificates.contains(c)).toList();
        if (path.isEmpty()) {
            throw rejected("anchor-signs");
        }
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX")
                    .validate(factory().generateCertPath(path), parameters);
        } catch (CertPathValidatorException e) {
            if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                    || e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                throw rejected("chain-not-valid", at);
            }
            throw rejected("untrusted");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CertificateFactory factory() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code why} names a key {@code signature-refused.<why>}, whose text takes the arguments. */
    static ApplicationException rejected(String why, Object... arguments) {
        return ApplicationException.unprocessable("signature-refused." + why, arguments);
    }
}
