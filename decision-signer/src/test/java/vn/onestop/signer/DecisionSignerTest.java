package vn.onestop.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionSignerTest {

    private static final String DOCUMENT =
            "{\"outcome\":\"COMPLETE\",\"reference\":\"IRC-2026-000001\"}";

    @TempDir Path dir;

    @Test
    void shouldSignTheDocumentDetachedWithTheChainInX5c() throws Exception {
        DecisionSigner signer = DecisionSigner.fromPkcs12(keystore("EC", "secp256r1"), PASSWORD);

        String signature = signer.sign(DOCUMENT);

        assertThat(signature.split("\\.", -1)).hasSize(3);
        assertThat(signature.split("\\.", -1)[1]).as("payload left out").isEmpty();
        JsonWebSignature jws = verify(signature, signer);
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("ES256");
        assertThat(jws.verifySignature()).isTrue();
    }

    @Test
    void shouldUsePssForRsaKeys() throws Exception {
        DecisionSigner signer = DecisionSigner.fromPkcs12(keystore("RSA", null), PASSWORD);

        JsonWebSignature jws = verify(signer.sign(DOCUMENT), signer);

        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("PS256");
        assertThat(jws.verifySignature()).isTrue();
    }

    @Test
    void shouldNotVerifyOverAnotherText() throws Exception {
        DecisionSigner signer = DecisionSigner.fromPkcs12(keystore("EC", "secp256r1"), PASSWORD);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(signer.sign(DOCUMENT));
        jws.setPayload(DOCUMENT.replace("COMPLETE", "INELIGIBLE"));
        jws.setKey(certificate(signer.x5c().get(0)).getPublicKey());

        assertThat(jws.verifySignature()).isFalse();
    }

    @Test
    void shouldNameTheKeystoreItCannotRead() {
        Path missing = dir.resolve("nobody.p12");

        assertThatThrownBy(() -> DecisionSigner.fromPkcs12(missing, PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nobody.p12");
    }

    private static final char[] PASSWORD = "reception1".toCharArray();

    private static JsonWebSignature verify(String signature, DecisionSigner signer)
            throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(signature);
        jws.setPayload(DOCUMENT);
        X509Certificate inHeader = jws.getLeafCertificateHeaderValue();
        assertThat(inHeader).isEqualTo(certificate(signer.x5c().get(0)));
        jws.setKey(inHeader.getPublicKey());
        return jws;
    }

    private static X509Certificate certificate(String base64) throws Exception {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509")
                        .generateCertificate(
                                new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    /** A self-signed key pair made by the JDK's own keytool, as an official's PKCS#12 file. */
    private Path keystore(String algorithm, String group) throws Exception {
        Path file = dir.resolve(algorithm + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        var command =
                new java.util.ArrayList<>(
                        java.util.List.of(
                                keytool,
                                "-genkeypair",
                                "-alias",
                                "official",
                                "-keyalg",
                                algorithm,
                                "-dname",
                                "CN=reception1",
                                "-validity",
                                "1",
                                "-storetype",
                                "PKCS12",
                                "-keystore",
                                file.toString(),
                                "-storepass",
                                new String(PASSWORD)));
        if (group != null) {
            command.addAll(java.util.List.of("-groupname", group));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return file;
    }
}
