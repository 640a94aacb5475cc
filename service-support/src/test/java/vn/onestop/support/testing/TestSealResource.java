package vn.onestop.support.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives a service an e-seal for its audit checkpoints, issued by {@link TestPki#AUTHORITY} for this
 * run into a temporary file: no key material is committed.
 */
public class TestSealResource implements QuarkusTestResourceLifecycleManager {

    /** The keystore password (test only). */
    private static final String PASSWORD = "test-seal";

    private Path keystore;

    @Override
    public Map<String, String> start() {
        try {
            keystore = Files.createTempFile("test-seal", ".p12");
            TestPki.AUTHORITY.writeSealKeystore(keystore, PASSWORD);
            return Map.of(
                    "onestop.audit.seal.keystore",
                    keystore.toString(),
                    "onestop.audit.seal.password",
                    PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            Files.deleteIfExists(keystore);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
