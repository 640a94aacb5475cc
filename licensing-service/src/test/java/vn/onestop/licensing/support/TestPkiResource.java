package vn.onestop.licensing.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.onestop.support.testing.TestPki;

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
            Path keystore =
                    TestPki.AUTHORITY.writeSealKeystore(folder.resolve("eseal.p12"), SEAL_PASSWORD);
            return Map.of(
                    "licensing.signatures.trust-anchors", anchors.toString(),
                    "licensing.licence.seal.keystore", keystore.toString(),
                    "licensing.licence.seal.password", SEAL_PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
