package vn.onestop.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Where the portal forwards the API calls of the single-page app. */
@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    /** Base URL of investor-service; {@code /api/investor/**} goes to its {@code /**}. */
    URI investorServiceUrl();

    /**
     * Base URL of licensing-service; {@code /api/licensing/**} goes to its {@code /**}, and the
     * public verification page {@code /verify/**} to its own.
     */
    URI licensingServiceUrl();

    /**
     * The header every state-changing API call must carry, with {@link #csrfHeaderValue()}: a page
     * of another site cannot send it without a CORS preflight, which the portal never allows.
     */
    @WithDefault("X-Requested-With")
    String csrfHeader();

    /** The value the single-page app sends in {@link #csrfHeader()}. */
    @WithDefault("onestop-portal")
    String csrfHeaderValue();

    /**
     * Sends {@code Strict-Transport-Security} (one year): set in production, where the portal is
     * only reached over HTTPS.
     */
    @WithDefault("false")
    boolean hsts();

    /** The LOCAL DEMO certification authority ({@link DemoCertificateAuthority}). */
    DemoCa demoCa();

    /** Both files set: the demo CA is on; either missing: off (production). */
    interface DemoCa {
        /** Its certificate, PEM. */
        Optional<Path> certificateFile();

        /** Its private key, PEM (PKCS#8 or SEC 1), as deploy/local/pki writes it. */
        Optional<Path> keyFile();
    }
}
