package vn.onestop.portal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Issues an official's signing certificate for a PKCS#10 request, as the LOCAL DEMO CA: the subject
 * names the account, never what the request asked for; the request must carry a P-256 key and be
 * signed by it; the certificate allows digitalSignature and nonRepudiation, for a year.
 */
final class DemoCertificateIssuer {

    private static final Duration VALIDITY = Duration.ofDays(365);

    private final X509Certificate certificate;
    private final PrivateKey key;
    private final SecureRandom random = new SecureRandom();

    DemoCertificateIssuer(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    /** The CA as deploy/local/pki writes it: a PEM certificate and a PEM (PKCS#8 or EC) key. */
    static DemoCertificateIssuer load(Path certificateFile, Path keyFile)
            throws IOException, GeneralSecurityException {
        X509Certificate certificate;
        try (Reader reader = Files.newBufferedReader(certificateFile);
                PEMParser pem = new PEMParser(reader)) {
            certificate =
                    new JcaX509CertificateConverter()
                            .getCertificate((X509CertificateHolder) pem.readObject());
        }
        try (Reader reader = Files.newBufferedReader(keyFile);
                PEMParser pem = new PEMParser(reader)) {
            Object read = pem.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            PrivateKey key =
                    read instanceof PEMKeyPair pair
                            ? converter.getPrivateKey(pair.getPrivateKeyInfo())
                            : converter.getPrivateKey((PrivateKeyInfo) read);
            return new DemoCertificateIssuer(certificate, key);
        }
    }

    String name() {
        return certificate.getSubjectX500Principal().getName();
    }

    /**
     * The chain for {@code POST /officials/me/certificates}: base64 DER, the new certificate first.
     *
     * @throws IllegalArgumentException naming what is wrong with the request
     */
    List<String> issue(String pem, String username)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        PKCS10CertificationRequest request = parse(pem);
        SubjectPublicKeyInfo info = request.getSubjectPublicKeyInfo();
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(info.getAlgorithm().getAlgorithm())) {
            throw new IllegalArgumentException("The key must be an EC P-256 key");
        }
        PublicKey publicKey =
                KeyFactory.getInstance("EC")
                        .generatePublic(new X509EncodedKeySpec(info.getEncoded()));
        if (!(publicKey instanceof ECPublicKey ec)
                || ec.getParams().getCurve().getField().getFieldSize() != 256) {
            throw new IllegalArgumentException("The key must be an EC P-256 key");
        }
        try {
            if (!request.isSignatureValid(
                    new JcaContentVerifierProviderBuilder().build(publicKey))) {
                throw new IllegalArgumentException("The request is not signed by its own key");
            }
        } catch (PKCSException e) {
            throw new IllegalArgumentException("The request's signature cannot be checked");
        }
        X500Name subject =
                new X500NameBuilder(BCStyle.INSTANCE)
                        .addRDN(BCStyle.C, "VN")
                        .addRDN(BCStyle.O, "Onestop LOCAL DEMO")
                        .addRDN(BCStyle.CN, username + " (demo official, browser key)")
                        .build();
        Instant now = Instant.now();
        X509CertificateHolder issued =
                new JcaX509v3CertificateBuilder(
                                certificate,
                                new BigInteger(127, random).add(BigInteger.ONE),
                                Date.from(now.minus(Duration.ofMinutes(5))),
                                Date.from(now.plus(VALIDITY)),
                                subject,
                                publicKey)
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                        .addExtension(
                                Extension.keyUsage,
                                true,
                                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key));
        Base64.Encoder base64 = Base64.getEncoder();
        return List.of(
                base64.encodeToString(issued.getEncoded()),
                base64.encodeToString(certificate.getEncoded()));
    }

    private static PKCS10CertificationRequest parse(String pem) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            if (parser.readObject() instanceof PKCS10CertificationRequest request) {
                return request;
            }
        } catch (IOException | RuntimeException e) {
            // Falls through: a request that does not parse is the caller's mistake.
        }
        throw new IllegalArgumentException(
                "certificateRequest is not a PEM certificate request (BEGIN CERTIFICATE REQUEST)");
    }
}
