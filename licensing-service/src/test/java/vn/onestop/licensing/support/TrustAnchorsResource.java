package vn.onestop.licensing.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Points the service at the test CA, generated for this run: no key material is committed. */
public class TrustAnchorsResource implements QuarkusTestResourceLifecycleManager {

    private Path file;

    @Override
    public Map<String, String> start() {
        try {
            file = TestPki.AUTHORITY.writePem(Files.createTempFile("trust-anchors", ".pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("licensing.signatures.trust-anchors", file.toString());
    }

    @Override
    public void stop() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
