package vn.onestop.licensing.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Gives the service the test CA as trust anchor and an e-seal issued by it, both generated for this
 * run into a temporary folder: no key material is committed.
 */
public class TestPkiResource implements QuarkusTestResourceLifecycleManager {

    /** The e-seal's keystore password (test only). */
    private static final String SEAL_PASSWORD = "test-seal";

    private Path folder;

    @Override
    public Map<String, String> start() {
        try {
            folder = Files.createTempDirectory("test-pki");
            Path anchors = TestPki.AUTHORITY.writePem(folder.resolve("trust-anchors.pem"));
            var seal =
                    TestPki.AUTHORITY.issue(
                            "Test Authority e-seal",
                            TestPki.ecKeys(),
                            Instant.now().minus(Duration.ofDays(1)),
                            Instant.now().plus(Duration.ofDays(365)),
                            KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    "eseal",
                    seal.key(),
                    SEAL_PASSWORD.toCharArray(),
                    seal.chain().toArray(X509Certificate[]::new));
            Path keystore = folder.resolve("eseal.p12");
            try (OutputStream out = Files.newOutputStream(keystore)) {
                store.store(out, SEAL_PASSWORD.toCharArray());
            }
            return Map.of(
                    "licensing.signatures.trust-anchors", anchors.toString(),
                    "licensing.licence.seal.keystore", keystore.toString(),
                    "licensing.licence.seal.password", SEAL_PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
