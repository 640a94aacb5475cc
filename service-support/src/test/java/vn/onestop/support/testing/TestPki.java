package vn.onestop.support.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * A certification authority made at test run time, with the certificates tests sign with. {@link
 * #AUTHORITY} is the service's trust anchor in tests; any other instance is a stranger to it.
 */
public final class TestPki {

    // Declared before AUTHORITY, whose construction draws a serial.
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    /** The CA the service under test trusts (see {@link TestPkiResource}). */
    public static final TestPki AUTHORITY =
            new TestPki("CN=Test Licensing Root CA,O=Onestop Test,C=VN");

    private final KeyPair keys;
    private final X509Certificate certificate;

    public TestPki(String name) {
        try {
            this.keys = ecKeys();
            X500Name subject = new X500Name(name);
            Instant now = Instant.now();
            var builder =
                    new JcaX509v3CertificateBuilder(
                            subject,
                            serial(),
                            Date.from(now.minus(Duration.ofDays(1))),
                            Date.from(now.plus(Duration.ofDays(3650))),
                            subject,
                            keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(
                    Extension.subjectKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
            this.certificate = sign(builder, keys.getPrivate());
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An EC P-256 signing certificate, valid for a year, for digital signatures. */
    public Credential official(String commonName) {
        return issue(
                commonName,
                ecKeys(),
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365)),
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    /** Any certificate this CA signs, with the key, validity and key usage given. */
    public Credential issue(
            String commonName,
            KeyPair subjectKeys,
            Instant notBefore,
            Instant notAfter,
            int usage) {
        try {
            var builder =
                    new JcaX509v3CertificateBuilder(
                            certificate,
                            serial(),
                            Date.from(notBefore),
                            Date.from(notAfter),
                            new X500Name("CN=" + commonName + ",O=Onestop Test,C=VN"),
                            subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            var utils = new JcaX509ExtensionUtils();
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    utils.createAuthorityKeyIdentifier(certificate));
            return new Credential(
                    subjectKeys.getPrivate(),
                    List.of(sign(builder, keys.getPrivate()), certificate));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** Writes this CA's certificate as a PEM file. */
    public Path writePem(Path file) throws IOException {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(certificate);
        }
        return Files.writeString(file, pem.toString());
    }

    /**
     * Issues an e-seal (EC P-256, digitalSignature + nonRepudiation, valid for a year) and writes
     * it with its chain to a PKCS#12 keystore at {@code file}.
     */
    public Path writeSealKeystore(Path file, String password) throws IOException {
        var seal =
                issue(
                        "Test Authority e-seal",
                        ecKeys(),
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(365)),
                        KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    "eseal",
                    seal.key(),
                    password.toCharArray(),
                    seal.chain().toArray(X509Certificate[]::new));
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair rsaKeys(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(
                                new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    /** A private key and its certificate chain (the holder's first). */
    public record Credential(PrivateKey key, List<X509Certificate> chain) {

        /** The chain as base64 DER strings, the JWS {@code x5c} layout. */
        public List<String> x5c() {
            List<String> encoded = new ArrayList<>();
            for (X509Certificate c : chain) {
                try {
                    encoded.add(Base64.getEncoder().encodeToString(c.getEncoded()));
                } catch (java.security.cert.CertificateEncodingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return encoded;
        }

        /** A compact JWS with detached payload over {@code text}, as an official's client makes. */
        public String sign(String text) {
            return sign(
                    text,
                    key.getAlgorithm().equals("EC")
                            ? AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256
                            : AlgorithmIdentifiers.RSA_PSS_USING_SHA256);
        }

        public String sign(String text, String algorithm) {
            try {
                JsonWebSignature jws = new JsonWebSignature();
                jws.setPayload(text);
                jws.setAlgorithmHeaderValue(algorithm);
                jws.setCertificateChainHeaderValue(chain.toArray(X509Certificate[]::new));
                jws.setKey(key);
                return jws.getDetachedContentCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
