package vn.onestop.licensing.decision.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Signed decisions ({@code licensing.signatures.*}). */
@ConfigMapping(prefix = "licensing.signatures")
public interface SignatureConfig {

    /**
     * PEM file of the certification authorities whose certificates officials may sign with (the
     * national CA hierarchy in production).
     */
    Path trustAnchors();

    /** How long a prepared decision document may wait for its signature. */
    @WithDefault("15M")
    Duration maxAge();

    /** Tolerated clock difference for a document stamped slightly in the future. */
    @WithDefault("2M")
    Duration clockSkew();
}
