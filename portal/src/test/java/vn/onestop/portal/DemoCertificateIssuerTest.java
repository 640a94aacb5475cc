package vn.onestop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LOCAL DEMO CA issues only what a browser key's enrolment should get. */
class DemoCertificateIssuerTest {

    @TempDir static Path dir;
    static DemoCertificateIssuer issuer;
    static X509Certificate ca;

    @BeforeAll
    static void demoCa() throws Exception {
        KeyPair keys = ecKeys();
        ca =
                new JcaX509CertificateConverter()
                        .getCertificate(
                                new JcaX509v3CertificateBuilder(
                                                new X500Name("CN=Test Demo CA"),
                                                BigInteger.ONE,
                                                new Date(),
                                                Date.from(Instant.now().plus(1, ChronoUnit.DAYS)),
                                                new X500Name("CN=Test Demo CA"),
                                                keys.getPublic())
                                        .addExtension(
                                                Extension.basicConstraints,
                                                true,
                                                new BasicConstraints(true))
                                        .build(
                                                new JcaContentSignerBuilder("SHA256withECDSA")
                                                        .build(keys.getPrivate())));
        // As deploy/local/pki writes them with openssl: PEM certificate, PKCS#8 PEM key.
        Files.writeString(dir.resolve("ca.pem"), pem(ca));
        Files.writeString(
                dir.resolve("ca.key"), pem(new JcaPKCS8Generator(keys.getPrivate(), null)));
        issuer = DemoCertificateIssuer.load(dir.resolve("ca.pem"), dir.resolve("ca.key"));
    }

    @Test
    void shouldIssueACertificateNamingTheAccountForTheRequestsOwnKey() throws Exception {
        KeyPair browserKey = ecKeys();
        String request = request(browserKey, "CN=administrator, O=Someone Else");

        List<String> chain = issuer.issue(request, "reception1");

        X509Certificate issued = certificate(chain.get(0));
        assertThat(chain).hasSize(2);
        assertThat(certificate(chain.get(1))).isEqualTo(ca);
        assertThat(issued.getSubjectX500Principal())
                .isEqualTo(
                        new X500Principal(
                                "CN=reception1 (demo official\\, browser key), O=Onestop LOCAL DEMO,"
                                        + " C=VN"));
        assertThat(issued.getPublicKey()).isEqualTo(browserKey.getPublic());
        assertThat(issued.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(issued.getKeyUsage()[1]).as("nonRepudiation").isTrue();
        assertThat(issued.getKeyUsage()[5]).as("keyCertSign").isFalse();
        assertThat(issued.getBasicConstraints()).isEqualTo(-1);
        issued.verify(ca.getPublicKey());
        issued.checkValidity();
    }

    @Test
    void shouldRefuseARequestForAnotherKindOfKey() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(3072);
        KeyPair keys = rsa.generateKeyPair();
        String request =
                pem(
                        new JcaPKCS10CertificationRequestBuilder(
                                        new X500Name("CN=x"), keys.getPublic())
                                .build(
                                        new JcaContentSignerBuilder("SHA256withRSA")
                                                .build(keys.getPrivate())));

        assertThatThrownBy(() -> issuer.issue(request, "reception1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The key must be an EC P-256 key");
    }

    @Test
    void shouldRefuseARequestNotSignedByItsOwnKey() throws Exception {
        KeyPair claimed = ecKeys();
        String request =
                pem(
                        new JcaPKCS10CertificationRequestBuilder(
                                        new X500Name("CN=x"), claimed.getPublic())
                                .build(
                                        new JcaContentSignerBuilder("SHA256withECDSA")
                                                .build(ecKeys().getPrivate())));

        assertThatThrownBy(() -> issuer.issue(request, "reception1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The request is not signed by its own key");
    }

    @Test
    void shouldRefuseWhatIsNotACertificateRequest() {
        for (String junk : new String[] {"", "hello", pem(ca)}) {
            assertThatThrownBy(() -> issuer.issue(junk, "reception1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("certificateRequest is not a PEM certificate request");
        }
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static String request(KeyPair keys, String subject) throws Exception {
        return pem(
                new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), keys.getPublic())
                        .build(
                                new JcaContentSignerBuilder("SHA256withECDSA")
                                        .build(keys.getPrivate())));
    }

    private static X509Certificate certificate(String base64) throws Exception {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509")
                        .generateCertificate(
                                new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    private static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            if (object instanceof JcaPKCS8Generator pkcs8) {
                writer.writeObject(pkcs8);
            } else {
                writer.writeObject(object);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
