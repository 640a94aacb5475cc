package vn.onestop.support.audit;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.cert.X509Certificate;
import vn.onestop.support.seal.SealKey;

/**
 * The e-seal checkpoints are signed with, loaded at start so a missing or wrong keystore stops the
 * service at once rather than at the first checkpoint.
 */
@Startup
@ApplicationScoped
public class AuditSeal {

    private final SealKey key;

    AuditSeal(AuditConfig config) {
        var seal = config.seal();
        this.key = SealKey.load(seal.keystore(), seal.password(), seal.alias());
    }

    public SealKey key() {
        return key;
    }

    /** What a checkpoint's seal must chain to: the root of the current e-seal's chain. */
    public X509Certificate anchor() {
        return key.root();
    }
}
