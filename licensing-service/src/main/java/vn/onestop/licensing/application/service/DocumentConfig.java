package vn.onestop.licensing.application.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Dossier uploads ({@code licensing.documents.*}). */
@ConfigMapping(prefix = "licensing.documents")
public interface DocumentConfig {

    /**
     * Largest accepted file; bigger uploads are refused with 413. Keep {@code
     * quarkus.http.limits.max-body-size} above it so the refusal is a problem document.
     */
    @WithDefault("20M")
    MemorySize maxSize();
}
